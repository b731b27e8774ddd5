using System;
using System.Linq;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Decoding;

public class DecodingTests
{
    private static string Base64(string text) => FakeKey.Base64Of(text);

    [Fact]
    public void Finds_a_key_in_a_kubernetes_secret_at_the_encoded_value()
    {
        var key = TestKeys.OpenAiProject();
        var encoded = Base64(key);
        var manifest = $"""
            apiVersion: v1
            kind: Secret
            metadata:
              name: openai
            type: Opaque
            data:
              OPENAI_API_KEY: {encoded}
            """;

        var finding = Assert.Single(SecretScanner.Default.Scan(manifest).Findings);

        Assert.Equal("openai-project-api-key", finding.Rule.Id);
        Assert.Equal("base64", finding.DecodedFrom);
        Assert.Equal(key, finding.Secret);
        Assert.Equal(manifest.IndexOf(encoded, StringComparison.Ordinal), finding.Start);
        Assert.Equal(encoded.Length, finding.Length);
    }

    [Fact]
    public void Finds_a_token_in_a_docker_config_auth_value()
    {
        var token = TestKeys.GitHubClassic();
        var auth = Base64("octocat:" + token);
        var config = $$"""{ "auths": { "ghcr.io": { "auth": "{{auth}}" } } }""";

        var finding = Assert.Single(SecretScanner.Default.Scan(config).Findings);

        Assert.Equal("GitHub", finding.Rule.Provider);
        Assert.Equal(token, finding.Secret);
        Assert.Equal(config.IndexOf(auth, StringComparison.Ordinal), finding.Start);
        Assert.Equal(auth.Length, finding.Length);
    }

    [Fact]
    public void Finds_a_key_in_url_safe_base64()
    {
        var key = TestKeys.OpenAiProject();

        // "~~~" and "???" encode to "fn5+" and "Pz8/", so the URL-safe form has both '-' and '_'.
        var encoded = Base64("~~~???OPENAI_API_KEY=" + key).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        Assert.Contains('-', encoded);
        Assert.Contains('_', encoded);
        var text = $"token: {encoded}\n";

        var finding = Assert.Single(SecretScanner.Default.Scan(text).Findings);

        Assert.Equal(key, finding.Secret);
        Assert.Equal("base64", finding.DecodedFrom);
        Assert.Equal(text.IndexOf(encoded, StringComparison.Ordinal), finding.Start);
        Assert.Equal(encoded.Length, finding.Length);
    }

    [Fact]
    public void Finds_a_percent_encoded_key_at_its_encoded_characters()
    {
        var key = TestKeys.AzureStorageKey();
        var encoded = Uri.EscapeDataString(key);
        var url = $"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={encoded};EndpointSuffix=core.windows.net";
        Assert.NotEqual(key, encoded);

        var finding = SecretScanner.Default.Scan(url).Findings.Single(f => f.DecodedFrom == "percent");

        Assert.Equal(key, finding.Secret);
        Assert.Equal(url.IndexOf(encoded, StringComparison.Ordinal), finding.Start);
        Assert.Equal(encoded.Length, finding.Length);
    }

    [Fact]
    public void A_key_with_only_its_first_character_escaped_is_reported_at_the_escape()
    {
        var key = TestKeys.AzureStorageKey();
        var encoded = "%" + ((int)key[0]).ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + key[1..];
        var url = $"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={encoded};EndpointSuffix=core.windows.net";

        var finding = Assert.Single(SecretScanner.Default.Scan(url).Findings);

        Assert.Equal(key, finding.Secret);
        Assert.Equal("percent", finding.DecodedFrom);
        Assert.Equal(url.IndexOf(encoded, StringComparison.Ordinal), finding.Start);
        Assert.Equal(encoded.Length, finding.Length);
    }

    [Fact]
    public void Finds_base64_inside_base64()
    {
        var key = TestKeys.OpenAiProject();
        var twice = Base64("token: " + Base64(key));

        var finding = Assert.Single(SecretScanner.Default.Scan($"value: {twice}").Findings);

        Assert.Equal(key, finding.Secret);
        Assert.Equal("value: ".Length, finding.Start);
        Assert.Equal(twice.Length, finding.Length);
    }

    [Fact]
    public void A_key_written_as_is_is_reported_once()
    {
        var key = TestKeys.OpenAiProject();
        var text = $"https://example.com/?key={key}&x=%20";

        var finding = Assert.Single(SecretScanner.Default.Scan(text).Findings);

        Assert.Null(finding.DecodedFrom);
        Assert.Equal(text.IndexOf(key, StringComparison.Ordinal), finding.Start);
    }

    [Fact]
    public void Binary_base64_is_not_decoded_past_its_first_block()
    {
        // Forty 16 KB blobs of binary would spend the decoding budget ten times over if they were decoded whole: a key
        // after them is found only because each is given up after its first block.
        var random = new Random(7);
        var bytes = new byte[12 * 1024];
        random.NextBytes(bytes);
        var blob = Convert.ToBase64String(bytes);
        var key = TestKeys.OpenAiProject();
        var text = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"image{i}: {blob}")) + "\n" + Base64(key);

        var finding = Assert.Single(SecretScanner.Default.Scan(text).Findings);
        Assert.Equal(key, finding.Secret);
    }

    [Fact]
    public void Decoding_stops_at_the_budget()
    {
        var key = TestKeys.OpenAiProject();
        var filler = Base64(new string('x', 3000));
        var text = string.Join("\n", Enumerable.Repeat(filler, 40)) + "\n" + Base64(key);

        Assert.Empty(SecretScanner.Default.Scan(text).Findings);
        Assert.Single(SecretScanner.Default.Scan(Base64(key)).Findings);
    }
}
