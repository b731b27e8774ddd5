using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Engine;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources;

/// <summary>
/// A certificate committed with its private key (.pfx, .p12) is a leak no text rule sees: every source reports it, by
/// its bytes whatever its name, as one finding per file at line 1 with the file's SHA-256 (redacted) as its secret. A
/// trust store of certificates alone is not reported, and a configuration can turn the rule off.
/// </summary>
public sealed class KeyFileTests
{
    [Fact]
    public async Task Dir_reports_key_files_whatever_their_names_and_not_trust_stores()
    {
        using var folder = new TempFolder();
        var pfx = TestCertificates.PfxWithKey();
        Directory.CreateDirectory(folder.Combine("deploy"));
        File.WriteAllBytes(folder.Combine("deploy/signing.bin"), pfx);
        File.WriteAllBytes(folder.Combine("deploy/ca.p12"), TestCertificates.TrustStore());
        File.WriteAllBytes(folder.Combine("deploy/release.keystore"), TestCertificates.JavaKeyStore(withKey: true));
        File.WriteAllBytes(folder.Combine("deploy/cacerts"), TestCertificates.JavaKeyStore(withKey: false));

        var (run, findings) = await CliRun.Json("dir", folder.Path);

        Assert.Equal(
            [("java-keystore-file", "deploy/release.keystore", 1, 1), ("pkcs12-file", "deploy/signing.bin", 1, 1)],
            findings.Select(f => (f.RuleId, f.File, f.StartLine, f.StartColumn)).Order());
        Assert.Equal(Redactor.Redact(KeyFiles.SecretOf(pfx)), findings.Single(f => f.RuleId == "pkcs12-file").Secret);
        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
        Assert.Contains("(2 file(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("skipped 2 binary", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void History_reports_a_committed_pfx_once_at_its_first_commit(bool streamObjects)
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.md", "service\n");
        var added = repo.Commit("add the dev certificate", ("certs/dev.pfx", TestCertificates.PfxWithKey()));
        repo.Write("docs", "README.md", "service, documented\n");
        repo.Delete("remove the certificate", "certs/dev.pfx");
        repo.Commit("add the CA bundle", ("certs/ca.p12", TestCertificates.TrustStore()));

        var report = HistoryScan.Run(repo.Path, streamObjects);
        var finding = Assert.Single(report.Findings);

        Assert.Equal(("pkcs12-file", "certs/dev.pfx"), (finding.Rule.Id, finding.Path));
        Assert.Equal((3, 1), (report.Statistics.Files, report.Statistics.SkippedBinary));
        Assert.Equal((added.Sha, 2, false), (finding.Origin!.CommitSha, finding.Origin.CommitCount, finding.Origin.InHead));
    }

    [Fact]
    public async Task Staged_pfx_blocks_the_commit()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.md", "service\n");
        File.WriteAllBytes(Path.Combine(repo.Path, "kestrel cert.pfx"), TestCertificates.PfxWithKey(password: null));
        File.WriteAllBytes(Path.Combine(repo.Path, "ca.p12"), TestCertificates.TrustStore());
        LibGit2Sharp.Commands.Stage(repo.Repo, "*");

        var (run, findings) = await CliRun.Json("staged", repo.Path);
        var text = await CliRun.Of("staged", repo.Path);
        var ignoreLine = text.Out.Split('\n').Single(l => l.Contains(".leakguardignore", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(repo.Path, ".leakguardignore"), ignoreLine[(ignoreLine.IndexOf(": ", StringComparison.Ordinal) + 2)..] + "\n");
        var ignored = await CliRun.Of("staged", repo.Path);

        Assert.Equal((ExitCode.LeaksFound, "kestrel cert.pfx", "pkcs12-file"), (run.ExitCode, Assert.Single(findings).File, findings[0].RuleId));
        Assert.Contains("skipped 1 binary", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("leakguard:allow", text.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCode.Clean, ignored.ExitCode);
    }

    [Fact]
    public async Task A_configuration_can_turn_the_rule_off()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.Combine("dev.pfx"), TestCertificates.PfxWithKey());
        File.WriteAllText(folder.Combine("leakguard.toml"), "[extend]\nuseDefault = true\ndisabledRules = [\"pkcs12-file\"]\n");

        var (run, findings) = await CliRun.Json("dir", folder.Path);

        Assert.Empty(findings);
        Assert.DoesNotContain("not a LeakGuard rule id", run.Error, StringComparison.Ordinal);
    }
}
