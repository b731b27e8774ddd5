using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LambdaCloudRules
{
    private static readonly Remediation Remediation = new("https://cloud.lambda.ai/api-keys", "Lambda:ApiKey", "LAMBDA_API_KEY");

    // An API key of the GPU cloud: "secret_", the name the user gave it, 32 hex digits, '.' and 32 letters and digits. It
    // launches and terminates instances billed to the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "lambda-cloud-api-key",
            "Lambda",
            "Lambda Cloud API key (secret_<name>_<hex>.<key>)",
            Patterns.Token("secret_[A-Za-z0-9_-]{1,64}_[0-9a-f]{32}\\.[A-Za-z0-9]{32}"),
            new[] { "secret_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesCasesAndDigits(value.Substring(value.LastIndexOf('.') + 1)),
        },
    };
}
