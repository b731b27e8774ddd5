using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ApiKeySetterRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "App:ApiKey", "APP_API_KEY")
    {
        Steps = new[]
        {
            "Revoke the key in the provider's console and create a new one: it is in every clone of the repository.",
            "Pass the client the key read from configuration (user secrets, an environment variable or a key vault) instead of the literal.",
        },
    };

    private const string Names = "(?:api_?key|api_?token|api_?secret|access_?token|auth_?token|secret_?key|app_?secret|client_?secret|bearer_?token|private_?token)";

    // A setter's or a builder's call with the key as its first argument: Java's client.setApiKey("…"), Go's
    // option.WithAPIKey("…"), C#'s .WithApiKey("…") or .UseAccessToken(token: "…"), Python's set_api_key("…"). The verb
    // must start the name, so that checkApiKey and validateAccessToken, which take what a caller sent, stay out.
    // The same as an attribute's or an annotation's argument: C#'s [ApiKey("…")] on an action, Java's @ApiKey("…").
    private const string Setter =
        "(?i)(?:^|[^a-z0-9_])(?:(?:set|with|use)_?(?:[a-z0-9]{1,20}_?)?|[\\[@,][ \\t]{0,3})" + Names + "(?:attribute)?[ \\t]{0,3}\\([ \\t]{0,3}(?:[a-z_]{1,20}[ \\t]{0,3}[:=][ \\t]{0,3})?"
        + "(?:[@$]|[bru])?\\\\{0,2}[\"'`](?<secret>[A-Za-z0-9_.+/=~-]{16,200})\\\\{0,2}[\"'`][ \\t]{0,3}[),]";

    private static readonly string[] Keywords =
    {
        "apikeyattribute(",
        "apikey(", "api_key(", "apitoken(", "api_token(", "apisecret(", "api_secret(", "accesstoken(", "access_token(",
        "authtoken(", "auth_token(", "secretkey(", "secret_key(", "appsecret(", "app_secret(", "clientsecret(",
        "client_secret(", "bearertoken(", "bearer_token(", "privatetoken(", "private_token(",
    };

    // Only the call says what the value is, so it must read as drawn at random: digits among its letters, no name in
    // code, no GUID (an id as often as a key), and not a name made of words ("test-api-key-2024", "my-staging-token-01").
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "api-key-setter",
            "Generic",
            "API key, token or secret passed as a literal to the setter, builder or attribute named for it (setApiKey, WithApiKey, [ApiKey(…)])",
            Setter,
            Keywords,
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3.3,
            IsPlausible = value => GenericValue.IsPlausible(value) && !Plausibility.IsCodeIdentifier(value),
            Allowlist = GenericRules.NotSecretNames,
            MadeLocally = true,
            IsFallback = true,
        },
    };
}
