using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SplunkRules
{
    private static readonly Remediation Remediation = new("https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector", "Splunk:HecToken", "SPLUNK_HEC_TOKEN");

    // An HTTP Event Collector token is a UUID, sent as "Authorization: Splunk <token>"; Splunk shows it in upper case.
    // Anyone holding it can write events into the index. The scheme's name, or a setting named for the token (Fluent
    // Bit's Splunk_Token, SPLUNK_HEC_TOKEN), is required: UUIDs alone are everywhere.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "splunk-hec-token",
            "Splunk",
            "Splunk HTTP Event Collector token (a UUID after the Splunk authorization scheme or under a Splunk token's name)",
            "(?i:Splunk)(?:[ \\t]{1,3}|(?i:[_-]?(?:hec[_-]?)?token)[\"']?(?:[ \\t]{1,20}|[ \\t]{0,20}[:=][ \\t]{0,20})[\"']?)(?<secret>[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12})(?:$|[^A-Za-z0-9-])",
            new[] { "splunk" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
