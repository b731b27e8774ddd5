namespace LeakGuard.Cli.Sources.Objects;

/// <summary>One distinct tree entry: its name (an index into the name table), what it points to and the kind of that.</summary>
internal readonly record struct TreeEntry(int Name, int Target, TreeEntryKind Kind);
