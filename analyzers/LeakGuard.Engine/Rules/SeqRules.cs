using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SeqRules
{
    private const string Key = "[A-Za-z0-9]{20}";

    private static readonly Remediation Remediation = new("https://docs.datalust.co/docs/api-keys", "Seq:ApiKey", "SEQ_API_KEY");

    // A Seq API key (20 letters and digits): under its name or X-Seq-ApiKey, Serilog's WriteTo.Seq(…, apiKey: "…"), or
    // the apiKey of a Serilog "Seq" sink in appsettings.json. It writes events into the log server, and with more than
    // ingestion permission reads them.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "seq-api-key",
            "Seq",
            "Seq API key (20 letters and digits, for Serilog's Seq sink or X-Seq-ApiKey)",
            Patterns.AssignedTo("(?:seq_?api_?key|x-seq-apikey)", Key)
            + "|WriteTo\\.Seq\\([^)\\r\\n]*?apiKey:[ \\t]{0,3}\"(?<secret>" + Key + ")\""
            + "|\"Name\"[ \\t]{0,3}:[ \\t]{0,3}\"Seq\"[^}]*?\"apiKey\"[ \\t]{0,3}:[ \\t]{0,3}\"(?<secret>" + Key + ")\"",
            // What each alternative starts with: "seq" alone is in every "sequence" and "request".
            new[] { "seqapi", "seq_api", "x-seq-apikey", "WriteTo.Seq(", "\"Seq\"" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },
    };
}
