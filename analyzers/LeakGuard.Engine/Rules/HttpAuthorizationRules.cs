using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// Credentials written for an HTTP request: into an Authorization or X-API-Key header (a curl command in a README or a script, a
/// VS Code or Visual Studio .http request file, a C# <c>AuthenticationHeaderValue</c>) or as curl's <c>-u user:password</c>.
/// They find tokens of services no other rule knows; a token a provider's rule recognises is reported by that rule
/// instead (it ranks first).
/// </summary>
internal static class HttpAuthorizationRules
{
    private static readonly Remediation Remediation = new(
        "https://learn.microsoft.com/aspnet/core/security/app-secrets",
        "Api:AccessToken",
        "API_ACCESS_TOKEN");

    private const string Token = "(?<secret>[A-Za-z0-9._~+/-]{20,500}=*)(?:$|[^A-Za-z0-9._~+/=-])";

    // "Authorization: Bearer x", "authorization": "Token x", Elasticsearch's "Authorization: ApiKey x", a JavaScript
    // template literal (Authorization: `Bearer x`), a Python f-string (f'Bearer x'), nginx's proxy_set_header
    // Authorization "Basic x", a HAR's header ("name": "Authorization", "value": "Bearer x") or a C#
    // AuthenticationHeaderValue("Bearer", "x").
    private const string Header =
        "(?:[Aa]uthorization[\"']?(?:[ \\t]{0,3}[:=][ \\t]{0,3}|[ \\t]{1,3})(?:f?[\"'`])?"
        + "|[Aa]uthorization\"[ \\t]{0,3},[ \\t\\r\\n]{0,40}\"value\":[ \\t]{0,3}\"|AuthenticationHeaderValue\\([ \\t]{0,3}\")(?:Bearer|bearer|Token|token|Basic|basic|ApiKey|apikey)(?:\"[ \\t]{0,3},[ \\t]{0,3}\"|[ \\t]{1,3})" + Token;

    // An API key in one of the headers services name for it ("X-API-Key: x", Headers.Add("X-Api-Key", "x"),
    // {"x-api-key": "x"}): an "X-" name is an HTTP header wherever it stands, unlike a bare "apikey", which names settings.
    private const string ApiKeyHeader =
        "(?i:x-api-key|x-apikey|x-api-token|x-auth-token|x-access-token|x-hasura-admin-secret)[\"']?[ \\t]{0,3}[:,=][ \\t]{0,3}[\"']?" + Token;

    // curl [options] -u user:password (or --user), the pair or the password quoted: the password up to the next blank
    // or quote; a value starting with '$', '%' or '{' is a variable.
    private const string CurlUser =
        "\\bcurl\\b[^\\n]{0,300}?[ \\t](?:-u|--user)(?:[ \\t]{1,3}|=)[\"']?[^:\\s\"'$%{}<>]{1,64}:[\"']?(?<secret>[^\\s\"'$%{}<>][^\\s\"'<>]{7,127})(?:$|[\"' \\t])";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "http-authorization-credential",
            "HTTP",
            "Bearer token or basic credentials written into an HTTP Authorization header",
            Header,
            new[] { "authorization", "AuthenticationHeaderValue" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value) && !DemoPasswords.IsBasicCredential(value) && (!JwtRules.IsToken(value) || JwtRules.IsLive(value)),
            MadeLocally = true,
        },
        new SecretRule(
            "http-api-key-header",
            "HTTP",
            "API key written into an X-API-Key (or X-Auth-Token, X-Access-Token, Hasura's admin secret) request header",
            ApiKeyHeader,
            new[] { "x-api-key", "x-apikey", "x-api-token", "x-auth-token", "x-access-token", "x-hasura-admin-secret" },
            new Remediation(Remediation.RotateUrl, "Api:Key", "API_KEY"))
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value) && (!JwtRules.IsToken(value) || JwtRules.IsLive(value)),
        },
        new SecretRule(
            "curl-user-password",
            "HTTP",
            "Password or token given to curl with -u user:password",
            CurlUser,
            new[] { "curl" },
            Remediation)
        {
            Confidence = Confidence.Medium,

            // A password a person typed has fewer distinct characters than a token: as much as the password rules ask.
            MinEntropy = 2.8,
            IsPlausible = value => !DemoPasswords.Contains(value) && !Plausibility.IsConstantName(value),
            MadeLocally = true,
        },
    };
}
