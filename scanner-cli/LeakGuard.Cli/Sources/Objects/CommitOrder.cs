using System;
using System.Collections.Generic;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Orders the commits reachable from some tips as <c>git rev-list --topo-order --reverse</c> would want for a scan:
/// every parent before its children, and among commits that are ready, the oldest committed first. Commits that
/// the hidden tips reach are left out, as <c>git rev-list A ^B</c> does.
/// </summary>
internal static class CommitOrder
{
    public static IReadOnlyList<int> Reachable(IEnumerable<int> tips, IEnumerable<int> hidden, Func<int, CommitNode> commit)
    {
        var excluded = Ancestry(hidden, commit);
        var children = new Dictionary<int, List<int>>();
        var waiting = new Dictionary<int, int>();
        var stack = new Stack<int>();
        foreach (var tip in tips)
        {
            if (!excluded.Contains(tip) && waiting.TryAdd(tip, 0))
            {
                stack.Push(tip);
            }
        }

        while (stack.Count > 0)
        {
            var id = stack.Pop();
            foreach (var parent in commit(id).Parents)
            {
                if (excluded.Contains(parent))
                {
                    continue;
                }

                waiting[id]++;
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(id);
                if (waiting.TryAdd(parent, 0))
                {
                    stack.Push(parent);
                }
            }
        }

        var ready = new PriorityQueue<int, (long Time, int Id)>();
        foreach (var (id, count) in waiting)
        {
            if (count == 0)
            {
                ready.Enqueue(id, (commit(id).Time, id));
            }
        }

        var order = new List<int>(waiting.Count);
        while (ready.TryDequeue(out var id, out _))
        {
            order.Add(id);
            foreach (var child in children.GetValueOrDefault(id) ?? [])
            {
                if (--waiting[child] == 0)
                {
                    ready.Enqueue(child, (commit(child).Time, child));
                }
            }
        }

        return order;
    }

    private static HashSet<int> Ancestry(IEnumerable<int> tips, Func<int, CommitNode> commit)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>(tips);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (seen.Add(id))
            {
                foreach (var parent in commit(id).Parents)
                {
                    stack.Push(parent);
                }
            }
        }

        return seen;
    }
}
