using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class KakaoRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://developers.kakao.com/console/app", "Kakao:RestApiKey", "KAKAO_REST_API_KEY");

    // A Kakao REST API (or admin) key: 32 hex digits, sent after Kakao's own authorization scheme "KakaoAK".
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "kakao-rest-api-key",
            "Kakao",
            "Kakao REST API key (32 hex digits after KakaoAK or under its name)",
            "KakaoAK(?:[ \t]{1,3}|[ \t]{0,3}[\"'`][ \t]{0,3}\\+[ \t]{0,3}[\"'`])(?<secret>[0-9a-f]{32})(?:$|[^A-Za-z0-9_-])|KakaoAK[ \t]{0,3}" + Patterns.Reference + "|" + Patterns.AssignedTo("kakao_?(?:rest_?|admin_?)?(?:api_?)?key", Key),
            new[] { "KakaoAK", "kakao" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,

            // The JavaScript key, which pages hand to the SDK in the browser and which only works from their domains.
            ClientSideMarkers = new[] { "Kakao.init(", "dapi.kakao.com/v2/maps/sdk.js" },
        },
    };
}
