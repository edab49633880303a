from pos_returns.cli import main

raise SystemExit(main())
