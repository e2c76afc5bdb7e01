"""Harbor's resource database: HSDS models, seed data, places, search, import and export."""
