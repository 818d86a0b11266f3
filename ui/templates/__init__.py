"""Protocol template dialogs: pick and apply a template, save a session as one."""
