using System;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>
/// Random and mutated input never makes the engine throw, and every finding is an exact span of the text it came from.
/// Iterations are bounded so that the whole class runs in seconds.
/// </summary>
[Trait("Category", "Hostile")]
public class FuzzTests
{
    private const long Iterations = 400;

    private static readonly string[] Shapes =
    [
        TestKeys.OpenAi(), TestKeys.OpenAiProject(), TestKeys.GitHubClassic(), TestKeys.Anthropic(), TestKeys.AwsAccessKeyId(),
        TestKeys.SlackBot(), TestKeys.Stripe(), TestKeys.GoogleApiKey(), TestKeys.Jwt(), TestKeys.PrivateKey(), TestKeys.Npm(),
    ];

    private static readonly Gen<string> Mutated =
        from shape in Gen.OneOfConst(Shapes)
        from edits in Gen.Select(Gen.Int[0, 200], Gen.Int[0, 3], Gen.Char["\0\n\r\t \"'=:-_./+ABCxyz019\u00e9\u20ac\ud83d"]).Array[0, 6]
        from prefix in Gen.String[Gen.Char.AlphaNumeric, 0, 20]
        select prefix + Mutate(shape, edits);

    private static readonly Regex PercentEscape = new("%[0-7][0-9A-Fa-f]", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static readonly Gen<string> Random = Gen.String[Gen.Char, 0, 2000];

    private static readonly Gen<string> Mixed =
        from parts in Gen.OneOf(Mutated, Random, Gen.OneOfConst("password=", "api_key: ", "\"token\": \"", "sk-", "AKIA", "\n", "// leakguard:allow")).Array[1, 12]
        select string.Concat(parts);

    // Kubernetes manifests as a fuzzer writes them: any indentation, list items, documents, block scalars, Helm
    // directives, keys and values in any order, and "kind: Secret" somewhere so that the structure is read.
    private static readonly Gen<string> YamlLine =
        from indent in Gen.Int[0, 8]
        from item in Gen.Bool
        from key in Gen.OneOfConst("kind", "data", "metadata", "items", "name", "password", "token", "stringData", "a.b-c", "DB_HOST", "ca.crt")
        from value in Gen.OneOf(
            Gen.OneOfConst("Secret", "\"Secret\"", "List", "ConfigMap", "|", ">-", string.Empty, "\"\"", "{{ .Values.x | b64enc }}"),
            Gen.String[Gen.Char.AlphaNumeric, 1, 60].Select(t => FakeKey.Base64Of(t)),
            Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="], 0, 90])
        from raw in Gen.OneOfConst(string.Empty, "---", "{{- end }}", "# note", "\t", "  - ", "...")
        select raw.Length > 0 && indent % 3 == 0 ? raw : new string(' ', indent) + (item ? "- " : string.Empty) + key + ":" + (value.Length > 0 ? " " + value : string.Empty);

    private static readonly Gen<string> Entry =
        from key in Gen.OneOfConst("password", "token", "api-key", "DB_HOST", "a.b")
        from value in Gen.String[Gen.Char.AlphaNumeric, 4, 40]
        select "  " + key + ": " + FakeKey.Base64Of(value);

    private static readonly Gen<string> Manifest =
        from before in YamlLine.Array[0, 10]
        from body in Gen.OneOf(Entry, Entry, YamlLine).Array[0, 20]
        from after in YamlLine.Array[0, 10]
        from newline in Gen.OneOfConst("\n", "\r\n")
        select string.Join(newline, before.Append("kind: Secret").Append("data:").Concat(body).Concat(after));

    [Fact]
    public void Kubernetes_manifests_never_throw_and_spans_are_exact() =>
        Manifest.Sample(AssertExactSpans, iter: Iterations, threads: 1);

    [Fact]
    public void Random_text_never_throws_and_spans_are_exact() =>
        Random.Sample(AssertExactSpans, iter: Iterations, threads: 1);

    [Fact]
    public void Mutated_key_shapes_never_throw_and_spans_are_exact() =>
        Mutated.Sample(AssertExactSpans, iter: Iterations, threads: 1);

    [Fact]
    public void Mixed_fragments_never_throw_and_spans_are_exact() =>
        Mixed.Sample(AssertExactSpans, iter: Iterations, threads: 1);

    [Fact]
    public void Unmutated_shapes_are_found_inside_random_text() =>
        Gen.Select(Gen.OneOfConst(Shapes.Take(4).ToArray()), Gen.String[Gen.Char['a', 'z'], 0, 50]).Sample(
            (key, noise) => SecretScanner.Default.Scan(noise + " " + key + " ").Findings.Any(f => f.Secret == key),
            iter: Iterations,
            threads: 1);

    private static void AssertExactSpans(string text)
    {
        foreach (var context in new[] { null, "apiKey" })
        {
            var result = SpanScanTests.Unhurried.Scan(text, context);
            if (context is null)
            {
                SpanScanTests.AssertSameResult(SpanScanTests.Unhurried, text);
            }

            foreach (var finding in result.Findings)
            {
                Assert.InRange(finding.Start, 0, text.Length - 1);
                Assert.InRange(finding.Start + finding.Length, finding.Start + 1, text.Length);
                if (finding.DecodedFrom is null)
                {
                    Assert.Equal(text.Substring(finding.Start, finding.Length), finding.Secret);
                }
                else
                {
                    // A decoded secret points at the encoded run holding it: a base64 run, or percent-escaped text that
                    // decodes to exactly the secret (escapes may sit only around it: "%35w72..." holds "5w72...").
                    var span = text.Substring(finding.Start, finding.Length);
                    Assert.True(
                        span.All(IsBase64) || PercentEscape.Replace(span, e => ((char)Convert.ToInt32(e.Value[1..], 16)).ToString()) == finding.Secret,
                        $"'{span}' does not encode '{finding.Secret}' ({finding.DecodedFrom})");
                }
            }
        }
    }

    private static bool IsBase64(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '-' or '_' or '=';

    private static string Mutate(string key, (int Position, int Kind, char Char)[] edits)
    {
        var text = key;
        foreach (var (position, kind, c) in edits)
        {
            var at = text.Length == 0 ? 0 : position % text.Length;
            text = kind switch
            {
                0 => text.Insert(at, c.ToString()),
                1 => text.Length == 0 ? text : text.Remove(at, 1),
                2 => text[..at],
                _ => text.Length == 0 ? text : text.Remove(at, 1).Insert(at, c.ToString()),
            };
        }

        return text;
    }
}
