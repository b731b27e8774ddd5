using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OpenAiCompatibleRules
{
    private static readonly Remediation Remediation = new("https://platform.openai.com/api-keys", "OpenAI:ApiKey", "OPENAI_API_KEY");

    private static readonly string[] Context = { "openai", "api_key", "apikey", "api-key", "gpt", "llm", "bearer" };

    // "sk-" and 48 letters and digits without OpenAI's signature: the key of a service that speaks OpenAI's API (Moonshot
    // and other model hosts) and is handed to the same clients, OpenAI(api_key="sk-…", base_url=…). Too plain a shape to
    // stand alone, so an API key's name or an LLM client must be near. Registered after every provider whose keys share
    // the shape (Stability AI), which win a tie.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "openai-compatible-api-key",
            "OpenAI-compatible service",
            "API key of an OpenAI-compatible model service (sk- and 48 letters and digits, next to an API key or OpenAI)",
            Patterns.Token("sk-[A-Za-z0-9]{48}"),
            Context,
            Remediation,
            minEntropy: 4,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 3) && Plausibility.HasUpperAndLower(value) && !HasOpenAiSignature(value)),
    };

    /// <summary>A key with OpenAI's signature is OpenAI's, even where its rule is turned off.</summary>
    private static bool HasOpenAiSignature(string value) => value.IndexOf("T3Blbk" + "FJ", System.StringComparison.Ordinal) >= 0;
}
