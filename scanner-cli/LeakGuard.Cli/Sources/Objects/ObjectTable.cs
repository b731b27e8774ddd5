using System.Collections.Generic;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>Gives every object id a dense number, so trees, origins and counts hold 4-byte ints instead of ids.</summary>
internal sealed class ObjectTable
{
    private readonly Dictionary<GitId, int> numbers = [];
    private readonly List<GitId> ids = [];

    public int Count => ids.Count;

    public int Intern(GitId id)
    {
        if (!numbers.TryGetValue(id, out var number))
        {
            number = ids.Count;
            numbers[id] = number;
            ids.Add(id);
        }

        return number;
    }

    public GitId this[int number] => ids[number];
}
