"""Screenshots of the shipped bank's study page for the README, taken in Debian's Chromium.

    python bench/screenshots.py            # writes docs/studypage-1280.png and docs/studypage-390.png

At 1280 pixels wide: the top of the page (title, sections, the timeline picture). At 390 (a phone,
a screen and a half): the quiz, one question answered right and the next wrong, as a learner sees
them. The PNGs are made smaller with pngquant and optipng where those are installed (apt-get install
pngquant optipng).
Needs Playwright (the test extra) and /usr/bin/chromium; no browser is downloaded.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT / "tests"))

from test_studypage import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (the browser as the tests start it)


def export(folder: Path) -> tuple[Path, dict]:
    """The page and the bank as JSON, through the console command as a user runs it."""
    page = folder / "vlasov.html"
    command = [sys.executable, "-m", "vlasov_cli", "export", "--format"]
    environment = {"VLASOV_HOME": str(folder / "home"), "PATH": "/usr/bin:/bin"}
    subprocess.run([*command, "html", "-o", str(page)], check=True, env=environment, capture_output=True)
    bank = subprocess.run([*command, "json"], check=True, env=environment, capture_output=True, text=True).stdout
    return page, json.loads(bank)


def shoot(page: Path, bank: dict) -> list[Path]:
    from playwright.sync_api import sync_playwright

    questions = bank["questions"]
    at = next(index for index, question in enumerate(questions) if question["type"] == "choice")
    right = questions[at]
    wrong = next(question for question in questions[at + 1 :] if question["type"] in ("choice", "truefalse"))
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 860}, reduced_motion="reduce")
        context.route(
            "**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort()
        )
        tab = context.new_page()
        tab.goto(page.as_uri())
        written.append(DOCS / "studypage-1280.png")
        tab.screenshot(path=written[-1])
        context.close()

        context = browser.new_context(viewport={"width": 390, "height": 1180}, reduced_motion="reduce")
        context.route(
            "**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort()
        )
        tab = context.new_page()
        tab.goto(page.as_uri())
        answered = tab.locator(f"#quiz-{right['id']} .choice").nth(right["choices"].index(right["answer"]))
        answered.click()
        if wrong["type"] == "truefalse":
            tab.locator(
                f"#quiz-{wrong['id']} .choice[data-value='{'false' if wrong['answer'] == 'true' else 'true'}']"
            ).click()
        else:
            mistake = next(index for index, choice in enumerate(wrong["choices"]) if choice != wrong["answer"])
            tab.locator(f"#quiz-{wrong['id']} .choice").nth(mistake).click()
        tab.evaluate("document.getElementById('quiz-h').scrollIntoView()")
        tab.evaluate(
            f"window.scrollBy(0, document.getElementById('quiz-{right['id']}').getBoundingClientRect().top - 52)"
        )
        written.append(DOCS / "studypage-390.png")
        tab.screenshot(path=written[-1])
        context.close()
        browser.close()
    return written


def shrink(path: Path) -> None:
    if shutil.which("pngquant"):
        subprocess.run(
            ["pngquant", "--force", "--skip-if-larger", "--output", str(path), "256", str(path)], check=False
        )
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o5", str(path)], check=True)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vlasov-shots-") as scratch:
        page, bank = export(Path(scratch))
        for path in shoot(page, bank):
            shrink(path)
            print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
