using System.Linq;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// A partial clone (<c>git clone --filter=...</c>) leaves objects on a promisor remote, which git fetches when it needs
/// them and libgit2 cannot. A scan reads what the clone has: blobs it left out are counted and named as not scanned;
/// without a tree or a commit the history cannot be walked, so their absence stops the scan and says why.
/// </summary>
internal sealed record PartialClone(string Filter)
{
    public static PartialClone? Of(Repository repository)
    {
        var config = repository.Config;
        var promisor = repository.Network.Remotes.Select(r => r.Name)
            .FirstOrDefault(name => config.Get<bool>($"remote.{name}.promisor")?.Value == true)
            ?? config.Get<string>("extensions.partialclone")?.Value;
        if (promisor is null)
        {
            return null;
        }

        var filter = config.Get<string>($"remote.{promisor}.partialclonefilter")?.Value;
        return new PartialClone(string.IsNullOrEmpty(filter) ? "an unknown filter" : $"--filter={filter}");
    }

    public string MissingObject(string id) =>
        $"object {id} is not in this partial clone (made with {Filter}) and the history cannot be walked without it: scan a complete clone";

    public string SkippedBlobs(int count) =>
        $"partial clone (made with {Filter}): {count} blob(s) it left on its remote were not scanned; scan a complete clone to cover them";
}
