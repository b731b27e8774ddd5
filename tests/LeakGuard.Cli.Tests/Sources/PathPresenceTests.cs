using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LeakGuard.Cli.Progress;
using LeakGuard.Cli.Sources;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources;

/// <summary>
/// Commit counts and HEAD presence look a found path up folder by folder in git's name order, where a folder sorts as
/// if its name ended in '/': "src-old" and "src.cfg" come before the folder "src", "src0" after it.
/// </summary>
public sealed class PathPresenceTests
{
    private static readonly string[] Neighbours = ["a.txt", "src-old/a.txt", "src.cfg", "src0.txt", "sr.txt", "srd/b.txt", "src/deep.cfg", "src/deep-x/c.txt", "src/deeper.txt", "z.txt"];

    [Fact]
    public async Task A_path_is_found_among_neighbours_that_sort_around_it()
    {
        using var repo = new TestRepository();
        var deep = TestKeys.OpenAiProject(41);
        var shallow = TestKeys.GitHubClassic(42);
        var neighbours = Neighbours.Select(path => (path, (byte[]?)Encoding.UTF8.GetBytes($"{path}\n")));
        var added = repo.Commit(
            "import",
            [.. neighbours, ("src/deep/app.cfg", Encoding.UTF8.GetBytes($"token = {deep}\n")), ("src.cfg", Encoding.UTF8.GetBytes($"token = {shallow}\n"))]);
        repo.Write("touch a file that sorts right before the folder", "src/deep.cfg", "changed\n");
        repo.Write("drop the root key", "src.cfg", "token = none\n");
        repo.Write("touch a folder that sorts before src", "src-old/a.txt", "changed\n");

        var findings = (await CliRun.Json("git", repo.Path)).Findings.OrderBy(f => f.File).ToArray();

        Assert.Equal(2, findings.Length);
        Assert.Equal(("src.cfg", added.Sha, false, 2), (findings[0].File, findings[0].Commit, findings[0].InHead, findings[0].CommitCount));
        Assert.Equal(("src/deep/app.cfg", added.Sha, true, 4), (findings[1].File, findings[1].Commit, findings[1].InHead, findings[1].CommitCount));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void Stretches_counted_side_by_side_add_up_to_one_pass(int stretches)
    {
        using var repo = new TestRepository();
        var keys = Enumerable.Range(0, 3).Select(i => $"token = {TestKeys.OpenAiProject(60 + i)}\n").ToArray();
        for (var revision = 0; revision < 40; revision++)
        {
            var folder = revision % 3 == 0 ? "src/deep" : "config";
            var text = revision % 4 == 3 ? "token = none\n" : keys[revision % keys.Length];
            repo.Write($"revision {revision}", $"{folder}/app{revision % 2}.cfg", text);
            repo.Write("a neighbour", $"{folder}/other.txt", $"{revision}\n");
        }

        var objects = StreamedHistory.Load(repo);
        var log = StreamedHistory.Walk(repo, objects);
        var (origins, _) = IntroducedBlobs.Find(objects, log, new ScanProgress());
        var found = objects.ScanIntroduced(origins.Blobs, new ContentCounters(), _ => { });
        var presence = new PathPresence(objects, new SecretsByBlob(found, origins, objects, _ => { }));
        var secrets = origins.All
            .Where(o => found.ContainsKey(o.Blob))
            .SelectMany(o => found[o.Blob].Select(s => (origins.Paths.Text(o.Path), s.Secret)))
            .Distinct()
            .ToArray();

        var whole = presence.CountCommits(log, secrets, 1);

        Assert.Equal(6, secrets.Length);
        Assert.Contains(whole.Values, count => count > 3);
        Assert.Equal(whole.OrderBy(c => c.Key).ToArray(), presence.CountCommits(log, secrets, stretches).OrderBy(c => c.Key).ToArray());
    }
}
