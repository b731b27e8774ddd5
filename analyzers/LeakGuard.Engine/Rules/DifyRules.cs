using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DifyRules
{
    private static readonly Remediation Remediation = new("https://cloud.dify.ai/", "Dify:ApiKey", "DIFY_API_KEY");

    private static readonly string[] Context = { "dify" };

    // An app's or a knowledge base's API key: "app-" or "dataset-" and 24 letters and digits. The prefixes are common
    // words, so Dify must be nearby. An app key runs the app billed to the workspace; a dataset key reads and writes its
    // documents.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "dify-api-key",
            "Dify",
            "Dify app or knowledge base API key (app-, dataset- next to Dify)",
            Patterns.Token("(?:app|dataset)-[A-Za-z0-9]{24}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesCasesAndDigits(value.Substring(value.IndexOf('-') + 1))),
    };
}
