using System;
using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SensitiveDefaultRules
{
    private static readonly Remediation Remediation = new("https://developer.hashicorp.com/terraform/tutorials/configuration-language/sensitive-variables", "Deploy:Secret", "TF_VAR_secret")
    {
        Steps = new[]
        {
            "Change the secret wherever it is used: the default is in every clone of the repository, whatever the variable's flag hides in plans and consoles.",
            "Remove the default and pass the value at deployment (TF_VAR_… or a CloudFormation parameter from the pipeline's secrets), or read it from a secret store (Secrets Manager, Key Vault, Vault).",
        },
    };

    // What a default may be: quoted, or YAML's plain scalar; not a reference ("${var.x}", "!Ref", "{{resolve:…}}").
    private const string Quoted = "\"(?<secret>[^\"\\r\\n${][^\"\\r\\n]{7,})\"";
    private const string YamlValue = "(?:" + Quoted + "|'(?<secret>[^'\\r\\n${][^'\\r\\n]{7,})'|(?<secret>[^\\s\"'#!{$&*|>][^\\s#]{7,}))[ \\t]*(?:\\r|\\n|$)";

    // Other keys of the same CloudFormation parameter, one a line, between the flag and the default. Loops without a
    // bound keep the non-backtracking automaton small; braces and lines bound them.
    private const string YamlSiblings = "[ \\t]*\\r?\\n(?:[ \\t]+[A-Za-z]+:[^\\r\\n]*\\r?\\n){0,8}?[ \\t]+";

    // Terraform's variable { sensitive = true … default = "…" } and a CloudFormation parameter's NoEcho: true with its
    // Default, in either order: the author marked the value secret, then wrote it into the template. Inside one block
    // (no brace between) or one parameter (its keys, one a line).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "sensitive-variable-default",
            "Generic",
            "Default value of a Terraform variable marked sensitive or a CloudFormation parameter marked NoEcho",
            "sensitive[ \\t]{0,5}=[ \\t]{0,5}true[^{}]*?[\\r\\n][ \\t]{0,20}default[ \\t]{0,5}=[ \\t]{0,5}" + Quoted
            + "|default[ \\t]{0,5}=[ \\t]{0,5}" + Quoted + "[^{}]*?[\\r\\n][ \\t]{0,20}sensitive[ \\t]{0,5}=[ \\t]{0,5}true"
            + "|NoEcho:[ \\t]{0,3}[\"']?true[\"']?" + YamlSiblings + "Default:[ \\t]{0,3}" + YamlValue
            + "|Default:[ \\t]{0,3}" + YamlValue + "(?:[ \\t]+[A-Za-z]+:[^\\r\\n]*\\r?\\n){0,8}?[ \\t]+NoEcho:[ \\t]{0,3}[\"']?true"
            + "|\"NoEcho\"[ \\t]{0,3}:[ \\t]{0,3}\"?true\"?[^{}]*?\"Default\"[ \\t]{0,3}:[ \\t]{0,3}" + Quoted
            + "|\"Default\"[ \\t]{0,3}:[ \\t]{0,3}" + Quoted + "[^{}]*?\"NoEcho\"[ \\t]{0,3}:[ \\t]{0,3}\"?true",
            new[] { "sensitive", "noecho" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3,
            IsPlausible = value => PasswordValue.IsNoName(value) && !IsReference(value) && (PasswordValue.IsStrong(value) || (value.Length >= 16 && Plausibility.MixesLettersAndDigits(value))),
            MadeLocally = true,
        },
    };

    // Where a secret is, not the secret: an ARN (a certificate's, a Secrets Manager secret's), a resource's path, a URL
    // without credentials.
    private static bool IsReference(string value) =>
        value.StartsWith("arn:", StringComparison.Ordinal)
        || value.StartsWith("projects/", StringComparison.Ordinal)
        || value.StartsWith("/subscriptions/", StringComparison.OrdinalIgnoreCase)
        || ((value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) && value.IndexOf('@') < 0);
}
