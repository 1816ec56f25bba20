"""The pack editor: supervisors build, check and publish campaign packs in forms."""
