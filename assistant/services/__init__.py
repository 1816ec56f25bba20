"""The use cases, once each, Qt-free: what the window, the tray, the control channel and the
command line call. See DESIGN.md's layer map: core <- store <- packs <- services <- ui/app/CLI.

- desk.py: the campaign in use, the call and the hold (sessions.py), and their rules;
- phrases.py: filling and counting the phrases the agent copies, favourites;
- callbacks.py: callbacks promised to customers;
- intake.py: the one pack intake (read once, hash first, verify, install, keep a copy);
  packs.py: removing, exporting and publishing packs;
- shared_folder.py: installing what supervisors publish to the team's folder;
- opening.py and recovery.py: opening a data folder, mending a damaged one;
- background.py: the one way long work runs off the window's thread;
- policy.py: what IT decides (policy.ini);
- build.py: the services one window or command works with, built once.

Each service writes first and changes its state only when the write succeeded, and says why
when it failed (StoreError, SessionError, PackInvalidError carry a sentence for the user).
"""
