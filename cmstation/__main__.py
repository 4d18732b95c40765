from cmstation.cli import main

raise SystemExit(main())
