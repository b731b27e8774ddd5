using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using LeakGuard.Cli.Sources.Objects;
using LeakGuard.Cli.Sources.Objects.Packs;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>
/// Records what an object directory hands over, checking each object against its own id: git names an object by the
/// SHA-1 of its header and content, so a wrongly inflated or patched object cannot pass.
/// </summary>
internal sealed class RecordingSink : IObjectSink
{
    private readonly long maxBlob;

    private readonly Func<bool> structureBehind;

    public RecordingSink(long maxBlob = long.MaxValue, Func<bool>? structureBehind = null)
    {
        this.maxBlob = maxBlob;
        this.structureBehind = structureBehind ?? (() => false);
    }

    /// <summary>The type of each object handed over, in the order they came.</summary>
    public List<ObjectType> Order { get; } = [];

    public bool StructureBehind() => structureBehind();

    public Dictionary<string, ObjectType> Read { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Skipped { get; } = new(StringComparer.Ordinal);

    public List<string> Mismatches { get; } = [];

    public ObjectTable Ids { get; } = new();

    public bool Wants(ObjectType type, long size) => type != ObjectType.Blob || size <= maxBlob;

    public void Add(int number, ObjectType type, ReadOnlySpan<byte> content)
    {
        Check(number, type, content);
        Read[Ids[number].ToString()] = type;
        Order.Add(type);
    }

    /// <summary>Checks the base's content handed over with a delta as well: it is what the delta was applied to.</summary>
    public void AddDerived(int number, ObjectType type, ReadOnlySpan<byte> content, int deltaBase, ReadOnlySpan<byte> baseContent, ReadOnlySpan<byte> delta)
    {
        Check(deltaBase, type, baseContent);
        Add(number, type, content);
    }

    public void Skip(int number, ObjectType type, long size) => Skipped[Ids[number].ToString()] = size;

    private void Check(int number, ObjectType type, ReadOnlySpan<byte> content)
    {
        var id = Ids[number];
        var name = type switch { ObjectType.Blob => "blob", ObjectType.Tree => "tree", ObjectType.Commit => "commit", _ => "tag" };
        var header = Encoding.ASCII.GetBytes($"{name} {content.Length}\0");
#pragma warning disable CA5350 // Git names its objects by SHA-1: this checks that name, it protects nothing.
        var hash = Convert.ToHexStringLower(SHA1.HashData([.. header, .. content.ToArray()]));
#pragma warning restore CA5350
        if (hash != id.ToString())
        {
            Mismatches.Add(id.ToString());
        }
    }
}
