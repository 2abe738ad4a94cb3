"""Exchange with other tools: Fountain and Final Draft in; Fountain, CSV, OTIO out;
panel images beside the project. Qt-free."""
