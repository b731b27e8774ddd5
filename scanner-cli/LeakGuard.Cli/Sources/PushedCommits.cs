using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// The commits a push sends, from the lines git gives a pre-push hook (<c>local-ref local-sha remote-ref remote-sha</c>)
/// as revisions for a history scan: each pushed sha, minus what the remote already has. A new branch (remote sha all
/// zeros), or a remote sha this clone does not know, is measured against every remote-tracking branch instead.
/// </summary>
internal static class PushedCommits
{
    public static IReadOnlyList<string> Revisions(Repository repository, TextReader updates)
    {
        var include = new List<string>();
        var exclude = new HashSet<string>(StringComparer.Ordinal);
        for (var line = updates.ReadLine(); line is not null; line = updates.ReadLine())
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            if (fields.Length != 4)
            {
                throw new CliException($"pre-push: expected '<local ref> <local sha> <remote ref> <remote sha>' on standard input, got '{line}'");
            }

            var (local, remote) = (fields[1], fields[3]);
            if (IsZero(local))
            {
                continue;
            }

            include.Add(local);
            if (!IsZero(remote) && repository.Lookup<Commit>(remote) is not null)
            {
                exclude.Add(remote);
            }
            else
            {
                exclude.UnionWith(repository.Refs.Where(r => r.IsRemoteTrackingBranch && r.ResolveToDirectReference() is not null).Select(r => r.ResolveToDirectReference().TargetIdentifier));
            }
        }

        return include.Count == 0 ? [] : [.. include, .. exclude.Select(e => "^" + e)];
    }

    private static bool IsZero(string sha) => sha.All(c => c == '0');
}
