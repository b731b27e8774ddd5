namespace LeakGuard.Cli.Sources.Objects;

/// <summary>The object types a history scan reads; annotated tags are <see cref="Other"/>: refs are peeled through LibGit2Sharp.</summary>
internal enum ObjectType
{
    Blob,
    Tree,
    Commit,
    Other,
}
