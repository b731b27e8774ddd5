using System.Collections.Generic;
using LeakGuard.Cli.Sources.Objects;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Numbers the paths a tree diff meets as (folder, name) pairs, so that recording a changed file costs one lookup of
/// two numbers instead of building and hashing its path: a long history records millions of them, and only the few
/// where a secret turned up are ever spelled out.
/// </summary>
internal sealed class PathTable
{
    /// <summary>The number of the root folder, the folder of every top-level entry.</summary>
    public const int Root = -1;

    private readonly TreeEntryTable entries;
    private readonly Dictionary<long, int> numbers = [];
    private readonly List<(int Folder, int Name)> paths = [];

    public PathTable(TreeEntryTable entries) => this.entries = entries;

    /// <summary>The number of the entry named <paramref name="name"/> (a name number of the entry table) in <paramref name="folder"/>.</summary>
    public int Intern(int folder, int name)
    {
        var key = ((long)folder << 32) | (uint)name;
        if (!numbers.TryGetValue(key, out var number))
        {
            numbers[key] = number = paths.Count;
            paths.Add((folder, name));
        }

        return number;
    }

    /// <summary>
    /// Numbers every path of <paramref name="other"/> here too; returns, for each of its numbers, the one here. A
    /// folder is always numbered before the entries in it, so one pass in order finds each folder already numbered.
    /// </summary>
    public int[] Import(PathTable other)
    {
        var here = new int[other.paths.Count];
        for (var path = 0; path < here.Length; path++)
        {
            var (folder, name) = other.paths[path];
            here[path] = Intern(folder == Root ? Root : here[folder], name);
        }

        return here;
    }

    /// <summary>The path, relative to the root, with forward slashes.</summary>
    public string Text(int path)
    {
        var (folder, name) = paths[path];
        var text = entries.NameText(name);
        return folder == Root ? text : Text(folder) + "/" + text;
    }
}
