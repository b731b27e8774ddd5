using System;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// Receives every object of an object directory, once each, by its number in <see cref="Ids"/>: the reader numbers
/// every object there before handing any over, so no id is kept twice and the table does not change under a sink that
/// works on other threads. Within a pack, blobs come in the order they are stored, and so do commits and trees: a
/// delta always after its base.
/// </summary>
internal interface IObjectSink
{
    ObjectTable Ids { get; }

    /// <summary>Whether the content of such an object is wanted; if not it is only counted through <see cref="Skip"/>.</summary>
    bool Wants(ObjectType type, long size);

    /// <summary>Hands over an object's content, valid only during the call: a sink that keeps it copies it.</summary>
    void Add(int number, ObjectType type, ReadOnlySpan<byte> content);

    /// <summary>
    /// Like <see cref="Add"/>, for an object stored as a delta of object <paramref name="deltaBase"/>, whose content
    /// <paramref name="baseContent"/> is: <paramref name="delta"/> says which parts of it are new (see
    /// <see cref="DeltaPatch.NewRanges"/>).
    /// </summary>
    void AddDerived(int number, ObjectType type, ReadOnlySpan<byte> content, int deltaBase, ReadOnlySpan<byte> baseContent, ReadOnlySpan<byte> delta);

    void Skip(int number, ObjectType type, long size);

    /// <summary>
    /// Whether commits and trees already handed over are waiting to be worked through: a reader that has blobs to
    /// read reads them meanwhile rather than waiting to hand over more.
    /// </summary>
    bool StructureBehind() => false;
}
