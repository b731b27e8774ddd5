using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Sources;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using LibGit2Sharp;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources;

/// <summary>
/// Tags hold more than the commits they name: an annotated tag's message and tagger, and the trees and blobs a tag can
/// point at directly, which no commit reaches. A whole-history scan reads them, reports each secret once with the tags
/// that lead to it, and leaves out a signed tag's signature; a range scan is about its commits and leaves tags alone.
/// </summary>
public sealed class TaggedObjectsTests
{
    private static readonly Signature Tagger = new("Tag Maker", "tags@example.test", new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero));

    private static readonly Signature LaterTagger = new(Tagger.Name, Tagger.Email, Tagger.When.AddDays(1));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Key_in_tag_messages_is_reported_once_from_the_earliest_tag_with_every_tag_leading_to_it(bool streamObjects)
    {
        using var repo = new TestRepository();
        var key = TestKeys.OpenAi(81);
        var commit = repo.Write("init", "README.md", "service\n");
        repo.Repo.Tags.Add("v1.0-again", commit, LaterTagger, $"Release 1.0, again\n\nDemo key: {key}\n");
        var first = repo.Repo.Tags.Add("v1.0", commit, Tagger, $"Release 1.0\n\nDemo key: {key}\n");
        repo.Repo.Tags.Add("v1.0-signed-off", first.Annotation, LaterTagger, "Approved\n");

        var finding = Assert.Single(HistoryScan.Run(repo.Path, streamObjects).Findings);

        Assert.Equal((TaggedObjectScanner.MessagePath, key, 3, 11), (finding.Path, finding.Secret, finding.Location.StartLine, finding.Location.StartColumn));
        Assert.Equal((first.Annotation.Sha, Tagger.Name, Tagger.Email, Tagger.When, 2), (finding.Origin!.CommitSha, finding.Origin.Author, finding.Origin.Email, finding.Origin.Date, finding.Origin.CommitCount));
        Assert.Equal(["v1.0", "v1.0-again", "v1.0-signed-off"], finding.Reachable!.Tags);
        Assert.Equal($"Release 1.0\n\nDemo key: {LeakGuard.Engine.Redactor.Redact(key)}", finding.Origin.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Keys_in_a_tagged_tree_and_a_tagged_blob_are_reported_at_their_paths_with_no_commit(bool streamObjects)
    {
        using var repo = new TestRepository();
        var inTree = TestKeys.GitHubClassic(82);
        var inBlob = TestKeys.HuggingFace(83);
        repo.Write("init", "README.md", "service\n");
        var tree = repo.Repo.ObjectDatabase.CreateTree(new TreeDefinition().Add("config/secrets.txt", Blob(repo, $"token={inTree}\n"), Mode.NonExecutableFile));
        repo.Repo.Tags.Add("snapshot", tree);
        repo.Repo.Tags.Add("snapshot-annotated", tree, Tagger, "the tree as delivered\n");
        repo.Repo.Tags.Add("signing-key", Blob(repo, $"HF_TOKEN={inBlob}\n"), Tagger, "the key file\n");

        var findings = HistoryScan.Run(repo.Path, streamObjects).Findings;

        Assert.Equal(2, findings.Count);
        var blob = Assert.Single(findings, f => f.Path == TaggedObjectScanner.BlobPath);
        var file = Assert.Single(findings, f => f.Path == "config/secrets.txt");
        Assert.Equal((inBlob, 1, 10, (GitOrigin?)null), (blob.Secret, blob.Location.StartLine, blob.Location.StartColumn, blob.Origin));
        Assert.Equal((inTree, 1, 7, (GitOrigin?)null), (file.Secret, file.Location.StartLine, file.Location.StartColumn, file.Origin));
        Assert.Equal(["signing-key"], blob.Reachable!.Tags);
        Assert.Equal(["snapshot", "snapshot-annotated"], file.Reachable!.Tags);
    }

    [Fact]
    public void Tag_of_a_commits_own_tree_adds_no_second_finding()
    {
        using var repo = new TestRepository();
        var commit = repo.Write("add the key", "app.env", $"OPENAI_API_KEY={TestKeys.OpenAi(84)}\n");
        repo.Repo.Tags.Add("tree-of-head", commit.Tree);

        var finding = Assert.Single(HistoryScan.Run(repo.Path, streamObjects: true).Findings);

        Assert.Equal(("app.env", commit.Sha), (finding.Path, finding.Origin!.CommitSha));
    }

    [Fact]
    public void A_key_in_the_taggers_email_is_reported_at_the_identity_line()
    {
        using var repo = new TestRepository();
        var key = TestKeys.HuggingFace(85);
        var commit = repo.Write("init", "README.md", "service\n");
        repo.Repo.Tags.Add("v2", commit, new Signature("Tag Maker", key, Tagger.When), "Release 2\n");

        var finding = Assert.Single(HistoryScan.Run(repo.Path, streamObjects: true).Findings);

        Assert.Equal((TaggedObjectScanner.IdentityPath, key, 1, "tagger Tag Maker <".Length + 1), (finding.Path, finding.Secret, finding.Location.StartLine, finding.Location.StartColumn));
        Assert.Equal(LeakGuard.Engine.Redactor.Redact(key), finding.Origin!.Email);
    }

    [Fact]
    public void A_signed_tags_signature_is_not_scanned_but_its_message_is()
    {
        using var repo = new TestRepository();
        var commit = repo.Write("init", "README.md", "service\n");
        var inMessage = TestKeys.OpenAi(86);
        var signature = $"-----BEGIN PGP SIGNATURE-----\n\n{TestKeys.OpenAi(87)}\n-----END PGP SIGNATURE-----\n";
        repo.Repo.Tags.Add("v3", commit, Tagger, $"Release 3 with {inMessage}\n{signature}");

        var finding = Assert.Single(HistoryScan.Run(repo.Path, streamObjects: true).Findings);

        Assert.Equal(inMessage, finding.Secret);
    }

    [Theory]
    [InlineData("Release\n-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n", "Release\n")]
    [InlineData("Release\n-----BEGIN SSH SIGNATURE-----\nabc\n-----END SSH SIGNATURE-----\n", "Release\n")]
    [InlineData("Quoting -----BEGIN PGP SIGNATURE----- mid-line\n", "Quoting -----BEGIN PGP SIGNATURE----- mid-line\n")]
    [InlineData("\n\nLeading blank lines\n", "Leading blank lines\n")]
    public void The_message_is_what_precedes_the_last_signature_line(string message, string expected) =>
        Assert.Equal(expected, TaggedObjectScanner.MessageOf(message));

    [Fact]
    public async Task A_ref_option_naming_a_tag_scans_its_message_and_a_range_does_not()
    {
        using var repo = new TestRepository();
        var key = TestKeys.OpenAi(88);
        repo.Write("init", "README.md", "service\n");
        var commit = repo.Write("docs", "README.md", "service, documented\n");
        repo.Repo.Tags.Add("v4", commit, Tagger, $"Release 4: {key}\n");

        var (byRef, refFindings) = await CliRun.Json("git", repo.Path, "--ref", "v4");
        var (byRange, rangeFindings) = await CliRun.Json("git", repo.Path, "--range", "HEAD~1..v4");

        Assert.Equal((ExitCode.LeaksFound, TaggedObjectScanner.MessagePath, "head=False branches= tags=v4"), (byRef.ExitCode, Assert.Single(refFindings).File, refFindings[0].ReachableFrom));
        Assert.Equal((ExitCode.Clean, 0), (byRange.ExitCode, rangeFindings.Length));
    }

    [Fact]
    public async Task The_text_report_names_the_tag_and_counts_tags()
    {
        using var repo = new TestRepository();
        var commit = repo.Write("init", "README.md", "service\n");
        var tag = repo.Repo.Tags.Add("v6", commit, Tagger, $"Release 6: {TestKeys.OpenAi(91)}\n");

        var run = await CliRun.Of("git", repo.Path);

        Assert.Contains($"first in tag {tag.Annotation.Sha[..12]} by Tag Maker <tags@example.test> 2024-06-01 \"Release 6: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"; in 1 tag(s)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_never_show_a_key_from_a_tag()
    {
        using var repo = new TestRepository();
        var inMessage = TestKeys.OpenAi(89);
        var inEmail = TestKeys.HuggingFace(90);
        var commit = repo.Write("init", "README.md", "service\n");
        repo.Repo.Tags.Add("v5", commit, new Signature("Tag Maker", inEmail, Tagger.When), $"Release 5: {inMessage}\n");

        foreach (var format in new[] { "text", "json", "sarif", "junit" })
        {
            var run = await CliRun.Of("git", repo.Path, "--format", format);

            Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
            Assert.DoesNotContain(inMessage, run.Out + run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(inEmail, run.Out + run.Error, StringComparison.Ordinal);
        }
    }

    private static Blob Blob(TestRepository repo, string text) => repo.Repo.ObjectDatabase.CreateBlob(new MemoryStream(Encoding.UTF8.GetBytes(text)));
}
