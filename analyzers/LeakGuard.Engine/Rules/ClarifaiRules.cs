using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ClarifaiRules
{
    private const string Pat = "[a-f0-9]{32}";

    // The header as curl, a fetch's headers, gRPC's metadata pair or a C# collection writes it: "Authorization: Key …",
    // 'Authorization': 'Key …', ("authorization", "Key …").
    private const string AuthorizationKey =
        "(?i:authorization)[\"']?[ \\t]{0,3}[:,=][ \\t]{0,3}[\"'`]?Key[ \\t]{1,3}(?<secret>" + Pat + ")(?:$|[^A-Za-z0-9])";

    private static readonly Remediation Remediation = new("https://clarifai.com/settings/security", "Clarifai:Pat", "CLARIFAI_PAT");

    private static readonly string[] Context = { "clarifai" };

    // A personal access token (or an app's older API key): 32 hex digits, under a PAT's, key's or token's name or in the
    // "Authorization: Key …" header Clarifai's REST API takes. The ids beside it in every Clarifai sample (a model's
    // version, a workflow's) are 32 hex digits as well, which is why a name is needed. PATs are version-4 UUIDs without
    // their hyphens, so the compact GUIDs that other rules of 32 hex digits drop are kept here.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "clarifai-api-key",
            "Clarifai",
            "Clarifai personal access token or API key (32 hex digits under a PAT's, key's or token's name, or after Key in an Authorization header, next to Clarifai)",
            $"{Patterns.AssignedTo("pat|key|token", Pat, Patterns.Base62)}|{AuthorizationKey}",
            Context,
            Remediation,
            minEntropy: 3),
    };
}
