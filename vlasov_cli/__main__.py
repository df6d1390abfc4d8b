from vlasov_cli.cli import main

main()
