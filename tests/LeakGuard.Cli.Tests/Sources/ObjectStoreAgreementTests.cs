using System.IO;
using System.Linq;
using System.Text;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Progress;
using LeakGuard.Cli.Sources;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources;

/// <summary>
/// A full scan reads the object store in one pass; a narrowed scan, and a full one where that pass cannot run, reads
/// through LibGit2Sharp. On the same history both must give the same report, loose or packed.
/// </summary>
public sealed class ObjectStoreAgreementTests
{
    [Theory]
    [InlineData("loose")]
    [InlineData("packed")]
    [InlineData("split")]
    public void Streamed_and_libgit2_reads_report_the_same(string store)
    {
        using var repo = RichHistory();
        if (store == "packed")
        {
            GitCli.Run(repo.Path, "gc", "-q");
        }
        else if (store == "split")
        {
            GitCli.Run(repo.Path, "gc", "-q");
            repo.Write("packed apart", "notes/later.txt", "nothing secret here\n");
            GitCli.Run(repo.Path, "repack", "-d", "-q");
            Assert.Equal(2, Directory.GetFiles(Path.Combine(repo.Path, ".git", "objects", "pack"), "*.pack").Length);
        }

        var streamed = Scan(repo.Path, streamObjects: true);
        var throughLibGit2 = Scan(repo.Path, streamObjects: false);

        Assert.Equal(5, streamed.Findings.Count);
        Assert.Equal(1, streamed.Statistics.SkippedLarge);
        Assert.Equal(Describe(throughLibGit2), Describe(streamed));
        Assert.Equal(
            (throughLibGit2.Statistics.Commits, throughLibGit2.Statistics.Files, throughLibGit2.Statistics.Bytes, throughLibGit2.Statistics.SkippedBinary, throughLibGit2.Statistics.SkippedLarge),
            (streamed.Statistics.Commits, streamed.Statistics.Files, streamed.Statistics.Bytes, streamed.Statistics.SkippedBinary, streamed.Statistics.SkippedLarge));
    }

    /// <summary>
    /// A narrowed scan reads on demand, or streams the whole store when it covers most of a long history: a range, an
    /// excluded ref and a date must come out the same either way, a key brought in before the range left out.
    /// </summary>
    [Theory]
    [InlineData("range")]
    [InlineData("excluded ref")]
    [InlineData("since")]
    public void Narrowed_scans_report_the_same_streamed_and_on_demand(string narrowing)
    {
        using var repo = RichHistory();
        GitCli.Run(repo.Path, "gc", "-q");
        var options = narrowing switch
        {
            "range" => new GitScanOptions([], "HEAD~6..HEAD", null, MaxBlobBytes: 64 * 1024),
            "excluded ref" => new GitScanOptions(["feature", "^HEAD~6"], null, null, MaxBlobBytes: 64 * 1024),
            _ => new GitScanOptions([], null, new System.DateTimeOffset(2024, 1, 1, 13, 30, 0, System.TimeSpan.Zero), MaxBlobBytes: 64 * 1024),
        };

        var streamed = Scan(repo.Path, NarrowedReads.Streamed, options);
        var onDemand = Scan(repo.Path, NarrowedReads.OnDemand, options);

        Assert.NotEmpty(streamed.Findings);
        Assert.True(streamed.Findings.Count < Scan(repo.Path, streamObjects: true).Findings.Count);
        Assert.Equal(Describe(onDemand), Describe(streamed));
        Assert.Equal(
            (onDemand.Statistics.Commits, onDemand.Statistics.Files, onDemand.Statistics.Bytes, onDemand.Statistics.SkippedBinary, onDemand.Statistics.SkippedLarge),
            (streamed.Statistics.Commits, streamed.Statistics.Files, streamed.Statistics.Bytes, streamed.Statistics.SkippedBinary, streamed.Statistics.SkippedLarge));
    }

    /// <summary>
    /// A packed history stores most versions of a long file as deltas, and the direct reader scans a delta only around
    /// its new bytes. A key added mid-file, a key that becomes one only when a context line is added above it, and a
    /// key carried through later edits must come out as reading every version whole gives them.
    /// </summary>
    [Fact]
    public void Keys_in_delta_stored_versions_are_attributed_as_with_whole_reads()
    {
        using var repo = new TestRepository();
        var lines = Enumerable.Range(0, 600).Select(i => $"setting_{i} = value {i} of a long configuration file").ToList();
        for (var revision = 0; revision < 40; revision++)
        {
            lines[(revision * 13) % 100] = $"setting_{revision} = changed in revision {revision}";
            if (revision == 10)
            {
                lines[300] = $"openai = {TestKeys.OpenAi(7)}";
            }

            if (revision == 20)
            {
                lines[450] = $"value = {TestKeys.AwsSecretKey(8)}";
            }

            if (revision == 25)
            {
                lines[449] = "# aws";
            }

            if (revision == 33)
            {
                lines[300] = "openai = moved to configuration";
            }

            repo.Write($"revision {revision}", "config/long.ini", string.Join('\n', lines) + "\n");
        }

        AssertDeltaStoredScansAgree(repo, ["aws-secret-access-key", "openai-api-key"]);
    }

    /// <summary>
    /// The same for a file that is one long line, as minified code is, with keys and a context keyword added mid-line
    /// and non-ASCII characters around: what the direct reader scans of each version must find what whole reads find.
    /// </summary>
    [Fact]
    public void Keys_in_delta_stored_versions_of_one_long_line_are_attributed_as_with_whole_reads()
    {
        using var repo = new TestRepository();
        var tokens = Enumerable.Range(0, 4000).Select(i => i % 97 == 0 ? $"é€{i}" : $"t{i}").ToList();
        for (var revision = 0; revision < 40; revision++)
        {
            tokens[(revision * 389) % 4000] = $"changed{revision}";
            if (revision == 10)
            {
                tokens[1500] = $"openai={TestKeys.OpenAi(9)}";
            }

            if (revision == 20)
            {
                tokens[3001] = $"value={TestKeys.AwsSecretKey(10)}";
            }

            if (revision == 25)
            {
                tokens[2995] = "aws";
            }

            if (revision == 33)
            {
                tokens[1500] = "openai=moved";
            }

            repo.Write($"revision {revision}", "dist/app.min.js", string.Join(';', tokens) + "\n");
        }

        AssertDeltaStoredScansAgree(repo, ["aws-secret-access-key", "openai-api-key"]);
    }

    /// <summary>
    /// Versions of a one-line bundle derived from one holding keys are looked at only where the keys' text occurs; an
    /// allow marker far along the same line, added and later removed, a key near the start of the line, edits next to
    /// a key and a key copied to a second place must still come out as whole reads give them.
    /// </summary>
    [Fact]
    public void Keys_carried_through_versions_of_one_long_line_are_attributed_as_with_whole_reads()
    {
        using var repo = new TestRepository();
        var tokens = Enumerable.Range(0, 5000).Select(i => i % 89 == 0 ? $"ü{i}" : $"fn_{i}").ToList();
        for (var revision = 0; revision < 45; revision++)
        {
            tokens[(revision * 577) % 5000] = $"edit{revision}";
            switch (revision)
            {
                case 3:
                    tokens[2] = $"apiKey:\"{TestKeys.OpenAi(11)}\"";
                    break;
                case 5:
                    tokens[2500] = $"token:\"{TestKeys.GitHubClassic(12)}\"";
                    break;
                case 12:
                    tokens[2502] = "next_to_the_key";
                    break;
                case 15:
                    tokens[4900] = "/* leakguard:allow */";
                    break;
                case 25:
                    tokens[4900] = "/* fine */";
                    break;
                case 30:
                    tokens[3700] = tokens[2500];
                    break;
                case 38:
                    tokens[2500] = "token:null";
                    break;
            }

            repo.Write($"revision {revision}", "wwwroot/bundle.min.js", string.Join(';', tokens) + "\n");
        }

        AssertDeltaStoredScansAgree(repo, ["github-pat", "openai-api-key"]);
    }

    /// <summary>
    /// A key that lives for a few versions of a one-line bundle while another stays throughout. Git packs the largest
    /// version whole and builds the others on it: the key's versions, shorter, are built on one without it, so what
    /// their windows turn up is new to the holder above them and they must be scanned whole, not only where the
    /// holder's secrets occur.
    /// </summary>
    [Fact]
    public void A_short_lived_key_beside_a_lasting_one_in_one_long_line_is_attributed_as_with_whole_reads()
    {
        using var repo = new TestRepository();
        var tokens = Enumerable.Range(0, 5000).Select(i => $"fn_{i}").ToList();
        tokens[100] = $"apiKey:\"{TestKeys.OpenAi(13)}\"";
        for (var revision = 0; revision < 40; revision++)
        {
            tokens[(revision * 613) % 4000 + 500] = $"edit{revision}";
            tokens[3000] = revision is >= 20 and < 30 ? $"token:\"{TestKeys.GitHubClassic(14)}\"" : "token:" + new string('n', 80);
            repo.Write($"revision {revision}", "wwwroot/bundle.min.js", string.Join(';', tokens) + "\n");
        }

        AssertDeltaStoredScansAgree(repo, ["github-pat", "openai-api-key"]);
    }

    /// <summary>
    /// Credentials kept base64-encoded on one long line (a service account's JSON in an environment file): a version
    /// that puts a key in the middle of the JSON changes the run from there on, and the window around that change must
    /// still decode the run from its start, not from a cut in its middle.
    /// </summary>
    [Fact]
    public void A_key_put_mid_run_into_a_long_base64_line_is_attributed_as_with_whole_reads()
    {
        using var repo = new TestRepository();
        static string Line(int notes, string apiKey) => "CREDENTIALS=" + FakeKey.Base64Of(
            $"{{\"type\":\"service\",\"notes\":\"{new string('a', notes)}\",\"apiKey\":\"{apiKey}\",\"more\":\"{new string('b', 2400)}\"}}") + "\n";

        // Four files whose keys start at each offset modulo 4 in the run: a cut at a whole number of quads would decode right by chance.
        var files = Enumerable.Range(0, 4).Select(shift => ($"deploy/app{shift}.env", 2400 + shift)).ToArray();
        repo.Commit("no key yet", files.Select(f => (f.Item1, (byte[]?)Encoding.UTF8.GetBytes(Line(f.Item2, new string('x', 400))))).ToArray());
        repo.Commit("keys", files.Select((f, i) => (f.Item1, (byte[]?)Encoding.UTF8.GetBytes(Line(f.Item2, TestKeys.OpenAiProject(20 + i))))).ToArray());
        repo.Commit("keys gone", files.Select(f => (f.Item1, (byte[]?)Encoding.UTF8.GetBytes(Line(f.Item2, new string('y', 400))))).ToArray());

        AssertDeltaStoredScansAgree(repo, [.. Enumerable.Repeat("openai-project-api-key", 4)]);
    }

    /// <summary>
    /// A key that only its use names: assigned to a name at the top of a file whose URL, pages further down, takes the
    /// name. A version that adds the key is built on one without it, so the key's window holds the assignment but not
    /// the use; it must come out as whole reads give it, whether the use stood there before or came with the key.
    /// </summary>
    [Fact]
    public void A_key_taken_by_name_far_from_its_use_is_attributed_as_with_whole_reads()
    {
        using var repo = new TestRepository();
        var lines = Enumerable.Range(0, 600).Select(i => $"  const value{i} = compute({i}); // step {i} of a long module").ToList();
        lines[400] = "  const response = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&appid=${apiKey}`);";
        var late = Enumerable.Range(0, 400).Select(i => $"  const later{i} = compute({i}); // step {i} of another module").ToList();
        for (var revision = 0; revision < 40; revision++)
        {
            lines[(revision * 37) % 380 + 10] = $"  const edited{revision} = compute({revision}); // changed in revision {revision}";
            lines[3] = revision is >= 10 and < 30 ? $"const apiKey = \"{FakeKey.Random(FakeKey.Hex, 32, 15)}\";" : "const apiKey = process.env.WEATHER_KEY;";
            late[3] = revision is >= 20 and < 35 ? $"const apiKey = '{FakeKey.Random(FakeKey.Hex, 32, 16)}';" : "const apiKey = config.weatherKey;";
            late[350] = revision >= 15
                ? "  return fetch(`https://api.openweathermap.org/data/2.5/forecast?q=${city}&appid=${apiKey}`);"
                : "  return cachedForecast(city);";
            repo.Commit(
                $"revision {revision}",
                ("web/weather.js", Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")),
                ("web/forecast.js", Encoding.UTF8.GetBytes(string.Join('\n', late) + "\n")));
        }

        AssertDeltaStoredScansAgree(repo, ["openweathermap-api-key", "openweathermap-api-key"]);
    }

    /// <summary>
    /// A key that only the file's imports name the provider of: added pages below the import in a later version, which
    /// is stored as a delta of one without it. Its window must still see the import, as a whole read does.
    /// </summary>
    [Fact]
    public void A_key_named_only_by_the_file_s_imports_is_attributed_as_with_whole_reads()
    {
        using var repo = new TestRepository();
        var lines = Enumerable.Range(0, 600).Select(i => $"value_{i} = compute({i})  # step {i} of a long module").ToList();
        lines.Insert(0, "from datadog import initialize, api");
        for (var revision = 0; revision < 40; revision++)
        {
            lines[(revision * 37) % 380 + 10] = $"edited_{revision} = compute({revision})  # changed in revision {revision}";
            lines[450] = revision is >= 10 and < 30 ? $"options = {{'api_key': '{FakeKey.Random(FakeKey.Hex, 32, 17)}'}}" : "options = load_options()";
            repo.Write($"revision {revision}", "metrics/report.py", string.Join('\n', lines) + "\n");
        }

        AssertDeltaStoredScansAgree(repo, ["datadog-api-key"]);
    }

    /// <summary>Packs every version as a delta where git can, then compares the streamed scan with whole reads.</summary>
    private static void AssertDeltaStoredScansAgree(TestRepository repo, string[] ruleIds)
    {
        GitCli.Run(repo.Path, "repack", "-a", "-d", "-f", "-q", "--depth=50", "--window=50");

        var streamed = Scan(repo.Path, streamObjects: true);
        var throughLibGit2 = Scan(repo.Path, streamObjects: false);

        Assert.Equal(ruleIds, streamed.Findings.Select(f => f.Rule.Id).Order());
        Assert.Equal(Describe(throughLibGit2), Describe(streamed));
    }

    private static ScanReport Scan(string path, NarrowedReads narrowed, GitScanOptions options) =>
        new GitHistoryScanner(new FragmentScanner(includeGeneric: false), new ScanProgress()) { Narrowed = narrowed }.Scan(path, options);

    private static ScanReport Scan(string path, bool streamObjects) => HistoryScan.Run(path, streamObjects, 64 * 1024);

    private static string[] Describe(ScanReport report) => report.Findings
        .Select(f => $"{f.Rule.Id} {f.Path} {f.Location.StartLine}:{f.Location.StartColumn} {f.Origin!.CommitSha} head={f.Origin.InHead} commits={f.Origin.CommitCount}")
        .ToArray();

    /// <summary>Branches, a merge with its own resolution, a rename, a deletion, a tag, binary and oversized files.</summary>
    private static TestRepository RichHistory()
    {
        var repo = new TestRepository();
        var filler = string.Concat(Enumerable.Range(0, 200).Select(i => $"option_{i} = {i}\n"));
        repo.Write("init", "config/app.ini", filler);
        repo.Write("key", "config/app.ini", filler + $"openai = {TestKeys.OpenAi(1)}\n");
        repo.Write("edit", "config/app.ini", "header = 1\n" + filler + $"openai = {TestKeys.OpenAi(1)}\n");
        repo.Commit("binary and large", ("assets/logo.bin", [0, 1, 2, 0, 5, 0]), ("data/huge.txt", Encoding.UTF8.GetBytes(new string('x', 100_000) + TestKeys.Npm(3))));
        var main = repo.DefaultBranch;
        repo.CreateBranch("feature");
        repo.Checkout("feature");
        var feature = repo.Write("feature key", "src/Settings.cs", $"const string Token = \"{TestKeys.GitHubClassic(2)}\";\n");
        repo.Checkout(main);
        repo.Write("main moves", "README.md", "hello\n");
        repo.Merge("merge feature", feature, ("src/Merged.cs", Encoding.UTF8.GetBytes($"var key = \"{TestKeys.Anthropic(4)}\";\n")));
        repo.Rename("rename", "config/app.ini", "config/renamed.ini");
        GitCli.Run(repo.Path, "tag", "v1");
        repo.Delete("delete", "src/Settings.cs");
        repo.Write("project key", Path.Combine("deep", "er", "still", "keys.env"), $"OPENAI_API_KEY={TestKeys.OpenAiProject(5)}\n");
        return repo;
    }
}
