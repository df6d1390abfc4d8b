"""What the tool does: look-ups, the timeline, the quiz engine and its answers, exports, drafting."""
