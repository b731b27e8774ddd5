using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace LeakGuard.Engine.Tests.Catalog;

/// <summary>
/// Every key a rule finds assigned in C#, JSON, .env and YAML (<see cref="RuleSamples.Finds"/>), assigned the ways other
/// languages and formats write it too: the forms of gitleaks' rule samples and a few of .NET's and the shell's.
/// </summary>
public class AssignmentFormTests
{
    // The last field: whether a key without a format of its own (a JWT signing key: any string) is read there too. Such
    // a key is read only when quoted after an assignment, or where an unquoted value ends a .env or YAML line: elsewhere
    // any word or sentence after a key's name would be taken for one ("key = Encoding.UTF8.GetBytes(secret)",
    // Add("signing-key", "the key that signs tokens")).
    private static readonly (string Form, string Format, bool Formatless)[] Forms =
    {
        ("INI, quoted", "{0}=\"{1}\"", true),
        ("INI, spaced", "{0} = {1}", false),
        ("JSON inside a JSON string", "{{\\\"{0}\\\": \\\"{1}\\\"}}", true),
        ("XML element", "<{0}>{1}</{0}>", false),
        ("XML element over lines", "<{0}>\n    {1}\n</{0}>", false),
        ("YAML, single quotes", "{0}: '{1}'", true),
        ("YAML literal block", "{0}: |\n  {1}", false),
        ("YAML folded block", "{0}: >\n  {1}", false),
        ("Go, typed", "var {0} string = \"{1}\"", false),
        ("Go, short", "{0} := \"{1}\"", true),
        ("Go, raw string", "{0} := `{1}`", true),
        ("PHP, appended", "${0} .= \"{1}\"", true),
        ("Python", "{0} = '{1}'", true),
        ("Python, unicode string", "{0} = u'{1}'", true),
        ("Python, raw bytes", "{0} = rb\"{1}\"", true),
        ("Python, typed", "{0}: str = \"{1}\"", true),
        ("TypeScript, typed", "const {0}: string = \"{1}\";", true),
        ("C# verbatim string", "var {0} = @\"{1}\";", true),
        ("C# interpolated string", "var {0} = $\"{1}\";", true),
        ("CSV", "{0},{1},", false),
        ("Logstash", "  \"{0}\" => \"{1}\"", true),
        ("Make, conditional", "{0} ?= \"{1}\"", true),
        ("Make, appended", "{0} += \"{1}\"", true),
        ("Make, immediate", "{0} ::= \"{1}\"", true),
        ("shell export", "export {0}=\"{1}\"", true),
        ("Dockerfile", "ENV {0}={1}", true),
        ("PowerShell", "${0} = \"{1}\"", true),
        ("C# constant", "const string {0} = \"{1}\";", true),
        ("C# property", "public string {0} {{ get; set; }} = \"{1}\";", true),
        ("C# init-only property", "public string {0} {{ get; init; }} = \"{1}\";", true),
        ("C# dictionary", "[\"{0}\"] = \"{1}\",", true),
        ("C# environment", "Environment.SetEnvironmentVariable(\"{0}\", \"{1}\");", false),
        (".NET appSettings", "<add key=\"{0}\" value=\"{1}\" />", true),
    };

    private static readonly string[] FormatlessRules = { "jwt-signing-key", "password-assignment" };

    private static readonly (string Key, RuleSample Sample)[] Assigned = AssignedSamples().ToArray();

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var (key, sample) in Assigned)
            {
                foreach (var (form, _, formatless) in Forms)
                {
                    if (formatless || !FormatlessRules.Contains(sample.RuleId))
                    {
                        cases.Add(key, form);
                    }
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_key_however_it_is_assigned(string ruleAndName, string form)
    {
        var sample = Assigned.Single(s => s.Key == ruleAndName).Sample;
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Forms.Single(f => f.Form == form).Format, Name(sample), sample.Secret);

        var findings = SecretScanner.Default.Scan(text).Findings;

        Assert.Contains(findings, f => f.Rule.Id == sample.RuleId && f.Secret == sample.Secret);
    }

    /// <summary>
    /// The samples of keys assigned in C#, each under a name unique among the cases: a rule's second key under the same
    /// name (an older and a newer format) is numbered, so that both are tested.
    /// </summary>
    private static IEnumerable<(string Key, RuleSample Sample)> AssignedSamples()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sample in SampleCatalog.All.Where(s => s.IsTruePositive && s.Description == "C# assignment"))
        {
            var key = sample.RuleId + " " + Name(sample);
            seen[key] = seen.TryGetValue(key, out var count) ? count + 1 : 1;
            yield return (seen[key] == 1 ? key : key + " #" + seen[key].ToString(System.Globalization.CultureInfo.InvariantCulture), sample);
        }
    }

    /// <summary>The name a sample assigns its key to: <c>var NAME = "…";</c>.</summary>
    private static string Name(RuleSample sample) => sample.Text.Substring(4, sample.Text.IndexOf(" =", StringComparison.Ordinal) - 4);
}
