namespace LeakGuard.Cli.Sources.Objects;

internal enum TreeEntryKind : byte
{
    File,
    Tree,
    Submodule,
}
