using System.Collections.Generic;
using System.Linq;
using System.Text;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Sources.Objects;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>
/// What a blob holds of its base's secrets, found where their text occurs, must be what a whole scan finds, or left to
/// one (null). Each case scans a base text whole for the candidates, as the history scan does, then a derived text.
/// </summary>
public sealed class InheritedSecretsTests
{
    private static readonly FragmentScanner Scanner = new(includeGeneric: true);

    private static readonly string Key = TestKeys.OpenAi(3);

    [Fact]
    public void Keys_copied_into_a_one_line_bundle_are_placed_as_a_whole_scan_places_them()
    {
        var tokens = Bundle(3000);
        tokens[40] = $"apiKey:\"{Key}\"";
        tokens[1700] = $"token:\"{TestKeys.GitHubClassic(4)}\"";
        tokens[2999] = $"k=\"{TestKeys.Anthropic(5)}\"";
        var parent = string.Join(';', tokens);
        tokens[900] = "changed";
        tokens[2998] = "édité";

        Assert.Equal(3, AssertAgrees(parent, string.Join(';', tokens)).Count);
    }

    [Fact]
    public void Keys_in_a_file_of_many_lines_keep_their_line_and_column()
    {
        var lines = Enumerable.Range(0, 800).Select(i => $"setting_{i} = value {i} é").ToArray();
        lines[3] = $"openai = {Key}";
        lines[650] = $"  private_key = \"{TestKeys.PrivateKey()}\"";
        var parent = string.Join("\r\n", lines);
        lines[100] = "inserted above";

        Assert.Equal(2, AssertAgrees(parent, string.Join("\r\n", lines)).Count);
    }

    [Fact]
    public void A_key_gone_from_the_blob_is_gone_from_what_it_holds()
    {
        var tokens = Bundle(500);
        tokens[200] = $"apiKey:\"{Key}\"";
        var parent = string.Join(';', tokens);
        tokens[200] = "apiKey:\"moved\"";

        Assert.Empty(AssertAgrees(parent, string.Join(';', tokens)));
    }

    [Fact]
    public void A_key_copied_twice_is_held_twice()
    {
        var tokens = Bundle(500);
        tokens[100] = $"apiKey:\"{Key}\"";
        var parent = string.Join(';', tokens);
        tokens[400] = tokens[100];

        Assert.Equal(2, AssertAgrees(parent, string.Join(';', tokens)).Count);
    }

    [Fact]
    public void A_key_that_lost_the_context_it_needs_is_left_to_a_whole_scan_or_agreed()
    {
        var secret = TestKeys.AwsSecretKey(6);
        var parent = $"aws_secret_access_key = {secret}\n";
        var derived = $"value = {secret}\n";

        Assert.NotEmpty(Scanner.Scan(parent, _ => { }));
        var found = InheritedSecrets.Find(Encoding.UTF8.GetBytes(derived), Scanner.Scan(parent, _ => { }), Scanner, _ => { });

        Assert.True(found is null || Describe(found).SequenceEqual(Describe(Scanner.Scan(derived, _ => { }))));
    }

    [Theory]
    [InlineData("// leakguard:allow far away")]
    [InlineData("# GITLEAKS:ALLOW")]
    public void A_blob_that_may_hold_an_allow_marker_is_left_to_a_whole_scan(string marker)
    {
        var tokens = Bundle(500);
        tokens[10] = $"apiKey:\"{Key}\"";
        var parent = string.Join(';', tokens);
        tokens[490] = marker;

        Assert.Null(InheritedSecrets.Find(Encoding.UTF8.GetBytes(string.Join(';', tokens)), Scanner.Scan(parent, _ => { }), Scanner, _ => { }));
    }

    [Fact]
    public void A_key_also_on_a_long_line_with_an_allow_marker_far_along_is_not_held_there()
    {
        var marked = $"a={Key};" + string.Join(';', Bundle(400)) + "; // leakguard:allow";
        var parent = $"{marked}\nb = \"{Key}\"\n";
        var derived = $"{marked}\nb = \"{Key}\"\nc = 1\n";

        var found = InheritedSecrets.Find(Encoding.UTF8.GetBytes(derived), Scanner.Scan(parent, _ => { }), Scanner, _ => { });

        Assert.Single(Scanner.Scan(derived, _ => { }));
        Assert.True(found is null || Describe(found).SequenceEqual(Describe(Scanner.Scan(derived, _ => { }))));
    }

    [Fact]
    public void A_secret_found_by_decoding_is_left_to_a_whole_scan()
    {
        var parent = $"auth: {FakeKey.Base64Of("token: " + Key)}\n";
        var candidates = Scanner.Scan(parent, _ => { });

        Assert.True(Assert.Single(candidates).Decoded);
        Assert.Null(InheritedSecrets.Find(Encoding.UTF8.GetBytes(parent), candidates, Scanner, _ => { }));
    }

    [Fact]
    public void A_blob_with_a_byte_order_mark_or_invalid_utf8_is_left_to_a_whole_scan()
    {
        var text = $"apiKey = \"{Key}\"\n";
        var candidates = Scanner.Scan(text, _ => { });

        Assert.Null(InheritedSecrets.Find([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], candidates, Scanner, _ => { }));
        Assert.Null(InheritedSecrets.Find([.. Encoding.UTF8.GetBytes(text), 0xC3], candidates, Scanner, _ => { }));
    }

    [Fact]
    public void Past_sixty_four_occurrences_a_whole_scan_is_as_cheap()
    {
        var text = string.Concat(Enumerable.Repeat($"apiKey = \"{Key}\"\n", 65));

        Assert.Null(InheritedSecrets.Find(Encoding.UTF8.GetBytes(text), Scanner.Scan(text, _ => { }), Scanner, _ => { }));
        Assert.Equal(64, AssertAgrees(text, string.Concat(Enumerable.Repeat($"apiKey = \"{Key}\"\n", 64))).Count);
    }

    [Fact]
    public void Past_sixteen_different_secrets_a_whole_scan_is_cheaper()
    {
        string Keys(int count) => string.Concat(Enumerable.Range(1, count).Select(seed => $"apiKey = \"{TestKeys.OpenAi(seed)}\"\n"));

        Assert.Null(InheritedSecrets.Find(Encoding.UTF8.GetBytes(Keys(17)), Scanner.Scan(Keys(17), _ => { }), Scanner, _ => { }));
        Assert.Equal(16, AssertAgrees(Keys(16), Keys(16) + "more = 1\n").Count);
    }

    /// <summary>Checks that the derived text's secrets are found without a whole scan, and as a whole scan finds them.</summary>
    private static IReadOnlyList<LocatedSecret> AssertAgrees(string parent, string derived)
    {
        var candidates = Scanner.Scan(parent, _ => { });
        Assert.NotEmpty(candidates);

        var found = InheritedSecrets.Find(Encoding.UTF8.GetBytes(derived), candidates, Scanner, _ => { });

        Assert.NotNull(found);
        Assert.Equal(Describe(Scanner.Scan(derived, _ => { })), Describe(found));
        return found;
    }

    private static string[] Describe(IEnumerable<LocatedSecret> secrets) =>
        secrets.Select(s => $"{s.Rule.Id} {s.StartLine}:{s.StartColumn}-{s.EndLine}:{s.EndColumn} {s.Secret.Length}").Order().ToArray();

    private static string[] Bundle(int count) => Enumerable.Range(0, count).Select(i => i % 97 == 0 ? $"é€{i}" : $"function_{i}").ToArray();
}
