from vlasov_cli import main

main()
