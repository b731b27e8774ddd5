namespace LeakGuard.Cli.Sources;

internal enum ContentKind
{
    Text,
    Binary,
    LfsPointer,
}
