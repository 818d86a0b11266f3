"""Patient screens: the searchable list, patient and case dialogs."""
