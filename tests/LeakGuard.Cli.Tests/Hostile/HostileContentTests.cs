using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Hostile;

/// <summary>File contents that break naive readers, each committed to git and written to a folder: both sources agree.</summary>
[Trait("Category", "Hostile")]
public sealed class HostileContentTests
{
    public static TheoryData<string> Sources => new() { "git", "dir" };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Single_line_of_twenty_megabytes_is_scanned_to_its_end(string source)
    {
        var key = Keys.Make("openai-project-api-key", 91);
        var line = new StringBuilder(20 * 1024 * 1024 + 200);
        while (line.Length < 20 * 1024 * 1024)
        {
            line.Append("lorem-ipsum dolor sit amet; ");
        }

        line.Append("key=").Append(key);
        var finding = Assert.Single(await Scan(source, "one-line.txt", Encoding.ASCII.GetBytes(line.ToString()), "--max-file-size", "32"));

        Assert.Equal((1, line.Length - key.Length + 1), (finding.StartLine, finding.StartColumn));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Nul_byte_in_the_first_8000_bytes_makes_a_file_binary(string source)
    {
        var bytes = Encoding.ASCII.GetBytes("head\0er\nKEY=" + Keys.Make("openai-api-key", 92) + "\n");
        using var scan = Prepare(source, "data.bin", bytes);

        var run = await CliRun.Of(source, scan.Path);

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("skipped 1 binary", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Nul_byte_after_the_probe_leaves_a_text_file_scanned(string source)
    {
        var bytes = Encoding.ASCII.GetBytes(new string('x', 9000) + "\0\nKEY=" + Keys.Make("openai-api-key", 93) + "\n");

        var finding = Assert.Single(await Scan(source, "late-nul.txt", bytes));

        Assert.Equal((2, 5), (finding.StartLine, finding.StartColumn));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Invalid_utf8_around_a_key_does_not_hide_it(string source)
    {
        var bytes = new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x80, (byte)'\n', 0xE2, 0x82 }
            .Concat(Encoding.ASCII.GetBytes(" KEY=" + Keys.Make("github-pat", 94) + " "))
            .Concat(new byte[] { 0xF0, 0x9F, (byte)'\n' })
            .ToArray();

        var finding = Assert.Single(await Scan(source, "broken.txt", bytes));

        Assert.Equal((2, 7), (finding.StartLine, finding.StartColumn));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Utf16_without_a_bom_is_decoded_by_its_nul_pattern(string source)
    {
        var key = Keys.Make("openai-api-key", 95);

        var little = Assert.Single(await Scan(source, "le.txt", Encoding.Unicode.GetBytes("line one\r\n$env:KEY = '" + key + "'\r\n")));
        var big = Assert.Single(await Scan(source, "be.txt", Encoding.BigEndianUnicode.GetBytes("KEY=" + key + "\n")));

        Assert.Equal((2, 13), (little.StartLine, little.StartColumn));
        Assert.Equal((1, 5), (big.StartLine, big.StartColumn));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Lines_of_a_megabyte_each_with_many_keys_are_all_found(string source)
    {
        var lines = Enumerable.Range(0, 3).Select(l => string.Join(new string(' ', 5000), Enumerable.Range(0, 200).Select(i => Keys.Make("github-pat", 1000 + (200 * l) + i))));
        var text = string.Join('\n', lines);

        var findings = await Scan(source, "long-lines.txt", Encoding.ASCII.GetBytes(text));

        Assert.Equal(600, findings.Length);
    }

    private static async Task<JsonFinding[]> Scan(string source, string path, byte[] content, params string[] options)
    {
        using var scan = Prepare(source, path, content);
        return (await CliRun.Json([source, scan.Path, .. options])).Findings;
    }

    private static ScanTarget Prepare(string source, string path, byte[] content)
    {
        if (source == "git")
        {
            var repo = new TestRepository();
            repo.Commit("content", (path, content));
            return new ScanTarget(repo.Path, repo);
        }

        var folder = new TempFolder();
        File.WriteAllBytes(folder.Combine(path), content);
        return new ScanTarget(folder.Path, folder);
    }
}
