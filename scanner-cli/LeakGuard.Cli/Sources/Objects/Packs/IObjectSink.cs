using System;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>Receives every object of an object directory, once each, in the order they are stored.</summary>
internal interface IObjectSink
{
    /// <summary>Whether the content of such an object is wanted; if not it is only counted through <see cref="Skip"/>.</summary>
    bool Wants(ObjectType type, long size);

    /// <summary>Hands over an object's content, valid only during the call: a sink that keeps it copies it.</summary>
    void Add(GitId id, ObjectType type, ReadOnlySpan<byte> content);

    /// <summary>
    /// Like <see cref="Add"/>, for an object stored as a delta of <paramref name="deltaBase"/>: <paramref name="delta"/>
    /// says which parts of it are new (see <see cref="DeltaPatch.NewRanges"/>).
    /// </summary>
    void AddDerived(GitId id, ObjectType type, ReadOnlySpan<byte> content, GitId deltaBase, ReadOnlySpan<byte> delta);

    void Skip(GitId id, ObjectType type, long size);
}
