using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// A repository's object store read directly: its packs, its loose objects, and those of its alternates (a clone made
/// with <c>--shared</c> or <c>--reference</c>), as <c>git cat-file --batch-all-objects</c> would list them.
/// </summary>
internal sealed class ObjectDirectory : IDisposable
{
    private const int MaxAlternateDepth = 5;

    private readonly List<PackFile> packs = [];
    private readonly List<string> folders = [];
    private (PackFile Pack, PackReader Reader)? resolver;

    private ObjectDirectory()
    {
    }

    /// <summary>Opens the object store of the repository whose git directory is <paramref name="gitDir"/> (a linked worktree's too).</summary>
    public static ObjectDirectory Open(string gitDir)
    {
        var common = Path.Combine(gitDir, "commondir");
        var root = File.Exists(common) ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(common).Trim())) : gitDir;
        var directory = new ObjectDirectory();
        try
        {
            directory.Add(Path.GetFullPath(Path.Combine(root, "objects")), 0);
            return directory;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Hands every object to <paramref name="sink"/>. All of them are numbered in the sink's table first, so that
    /// reading adds nothing to the table and the sink may work on it from another thread meanwhile.
    /// </summary>
    public void ReadAll(IObjectSink sink)
    {
        var loose = folders.SelectMany(LooseFiles).ToList();
        var stored = packs.Sum(p => (long)p.Index.Count) + loose.Count;

        // Some room for ids that trees name but no store here holds (submodule commits).
        sink.Ids.EnsureCapacity((int)Math.Min(int.MaxValue / 4, sink.Ids.Count + stored + (stored / 64) + 1024));
        // The largest pack first: the first pack's ids are numbered at once (ObjectTable.TryNumberAscending), the others one by one.
        var readers = packs.OrderByDescending(pack => pack.Index.Count).Select(pack => new PackReader(pack, Read)).ToList();
        readers.ForEach(reader => reader.Number(sink.Ids));
        var looseNumbers = loose.Select(file => sink.Ids.Intern(file.Id)).ToList();
        readers.ForEach(reader => reader.ReadAll(sink));
        for (var i = 0; i < loose.Count; i++)
        {
            LooseObject.Read(loose[i].Path, looseNumbers[i], sink);
        }
    }

    /// <summary>How many objects the store holds: what its packs' indexes count, and its loose files (an object in two places counts twice).</summary>
    public long Count => packs.Sum(p => (long)p.Index.Count) + folders.Sum(folder => (long)LooseFiles(folder).Count());

    public void Dispose()
    {
        foreach (var pack in packs)
        {
            pack.Dispose();
        }
    }

    /// <summary>An object by id, wherever it is stored: the base of a delta that names its base rather than pointing at it.</summary>
    public (ObjectType Type, byte[] Content) Read(GitId id)
    {
        (ObjectType Type, byte[] Content) copy = default;
        Read(id, (content, type) => copy = (type, content.ToArray()));
        return copy;
    }

    /// <summary>
    /// An object by id, wherever it is stored, handed to <paramref name="use"/> without a copy of its own (a blob to scan
    /// again: versions of a file of megabytes read one after another would otherwise each take fresh memory).
    /// </summary>
    public void Read(GitId id, ReadOnlySpanAction<byte, ObjectType> use)
    {
        Span<byte> raw = stackalloc byte[GitId.ByteLength];
        id.CopyTo(raw);
        foreach (var pack in packs)
        {
            if (pack.Index.Find(raw) is >= 0 and var offset)
            {
                // One reader, kept while reads stay in its pack: blobs read again one after another are mostly the
                // versions of one file, each built on the one read before it.
                if (resolver?.Pack != pack)
                {
                    resolver = (pack, new PackReader(pack, Read));
                }

                resolver.Value.Reader.Resolve(offset, use);
                return;
            }
        }

        var hex = id.ToString();
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, hex[..2], hex[2..]);
            if (File.Exists(path))
            {
                var (type, content) = LooseObject.Read(path);
                use(content, type);
                return;
            }
        }

        throw new InvalidDataException($"delta base {hex} is missing");
    }

    private void Add(string folder, int depth)
    {
        if (folders.Contains(folder, StringComparer.Ordinal) || !Directory.Exists(folder))
        {
            return;
        }

        folders.Add(folder);
        var packFolder = Path.Combine(folder, "pack");
        if (Directory.Exists(packFolder))
        {
            // A pack without its index is one git is still writing, or left behind: git does not read it either.
            foreach (var path in Directory.EnumerateFiles(packFolder, "*.pack").Where(p => File.Exists(Path.ChangeExtension(p, ".idx"))).Order(StringComparer.Ordinal))
            {
                packs.Add(PackFile.Open(path));
            }
        }

        var alternates = Path.Combine(folder, "info", "alternates");
        if (depth < MaxAlternateDepth && File.Exists(alternates))
        {
            foreach (var line in File.ReadAllLines(alternates).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                Add(Path.GetFullPath(Path.Combine(folder, line)), depth + 1);
            }
        }
    }

    private static IEnumerable<(string Path, GitId Id)> LooseFiles(string folder)
    {
        foreach (var fanout in Directory.EnumerateDirectories(folder).Where(d => Path.GetFileName(d) is { Length: 2 } name && name.All(char.IsAsciiHexDigitLower)))
        {
            foreach (var path in Directory.EnumerateFiles(fanout))
            {
                var hex = Path.GetFileName(fanout) + Path.GetFileName(path);
                if (hex.Length == 2 * GitId.ByteLength && GitId.TryParseHex(System.Text.Encoding.ASCII.GetBytes(hex), out var id))
                {
                    yield return (path, id);
                }
            }
        }
    }
}
