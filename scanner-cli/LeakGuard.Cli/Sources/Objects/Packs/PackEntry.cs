namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// The header of one pack entry: its type (1–4 an object, 6 a delta against an earlier offset, 7 a delta against an
/// id), the inflated size of what follows, where the compressed data starts, and the delta's base if it is one.
/// </summary>
internal readonly record struct PackEntry(int Type, long Size, long DataOffset, long BaseOffset, GitId BaseId)
{
    public const int OffsetDelta = 6;
    public const int ReferenceDelta = 7;

    public bool IsDelta => Type is OffsetDelta or ReferenceDelta;

    public ObjectType ObjectType => Type switch
    {
        1 => ObjectType.Commit,
        2 => ObjectType.Tree,
        3 => ObjectType.Blob,
        _ => ObjectType.Other,
    };
}
