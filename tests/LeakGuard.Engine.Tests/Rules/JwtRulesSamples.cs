using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class JwtRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("jwt", TestKeys.Jwt(), "ACCESS_JWT")
        .FindsIn("jwt", "bearer header", $"Authorization: Bearer {TestKeys.Jwt(2)}", TestKeys.Jwt(2))
        .Ignores("jwt", "Netlify Dev's emulated identity", $"const token = \"{TestKeys.JwtOf("{\"source\":\"netlify dev\",\"testData\":\"NETLIFY_DEV_LOCALLY_EMULATED_IDENTITY\"}", 9)}\";")
        .Ignores("jwt", "two segments", string.Join(".", TestKeys.Jwt().Split('.')[..2]))
        .Ignores("jwt", "short signature", TestKeys.Jwt()[..(TestKeys.Jwt().LastIndexOf('.') + 8)])
        .FindsIn("jwt", "expires in 2100", $"value: {TestKeys.Jwt(3, "\"exp\":4102444800")}", TestKeys.Jwt(3, "\"exp\":4102444800"))
        .FindsIn("jwt", "an expiry that is not a number", $"value: {TestKeys.Jwt(4, "\"exp\":\"never\"")}", TestKeys.Jwt(4, "\"exp\":\"never\""))
        .Ignores("jwt", "expired in 2017", $"value: {TestKeys.Jwt(5, "\"iat\":1514303390, \"exp\" : 1514476190")}")
        .Ignores("jwt", "expired, the expiry written as a string", $"value: {TestKeys.Jwt(6, "\"exp\":\"1514476190\",\"iat\":\"1514303390\"")}")
        .Ignores("jwt", "jwt.io's example claims", $"value: {TestKeys.JwtOf("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"admin\":true,\"iat\":1516239022}", 7)}")
        .Ignores("jwt", "a JWT library's test vector", $"tokenString := \"{TestKeys.JwtOf("{\"foo\":\"bar\",\"nbf\":1444478400}", 12)}\"")
        .Ignores("jwt", "a README's hello world", $"token = \"{TestKeys.JwtOf("{\"hello\": \"world\"}", 13)}\"")
        .Ignores("jwt", "go-jose's example: issuer and subject are placeholder words", $"raw := `{TestKeys.JwtOf("{\"iss\":\"issuer\",\"scopes\":[\"s1\",\"s2\"],\"sub\":\"subject\"}", 16)}`")
        .Ignores("jwt", "a test audience", $"value: {TestKeys.JwtOf("{\"aud\":\"TESTS\",\"exp\":1859121275,\"name\":\"svc\"}", 17)}")
        .Ignores("jwt", "a STIR/SHAKEN PASSporT in an OpenAPI example", $"      example: >-\n        {TestKeys.JwtOf("{\"alg\":\"ES256\",\"ppt\":\"shaken\",\"typ\":\"passport\",\"x5u\":\"https://cert.carrier.test/cert.pem\"}", "{\"attest\":\"A\",\"dest\":{\"tn\":[\"15551230000\"]},\"iat\":1743000000,\"orig\":{\"tn\":\"15551239999\"}}", 86, 21)}\n")
        .Ignores("jwt", "RFC 7519's example claims", $"value: {TestKeys.JwtOf("{\"iss\":\"joe\",\r\n \"http://example.com/is_root\":true}", 18)}")
        .FindsIn("jwt", "an issuer that only starts like a placeholder", $"value: {TestKeys.JwtOf("{\"iss\":\"issuer.contoso.com\",\"sub\":\"svc-billing\"}", 19)}", TestKeys.JwtOf("{\"iss\":\"issuer.contoso.com\",\"sub\":\"svc-billing\"}", 19))
        .FindsIn("qdrant-api-key", "one short claim that is not a placeholder's", $"api_key=\"{TestKeys.JwtOf("{\"access\":\"m\"}", 14)}\"", TestKeys.JwtOf("{\"access\":\"m\"}", 14))
        .FindsIn("jwt", "a placeholder claim beside a real one", $"value: {TestKeys.JwtOf("{\"foo\":\"bar\",\"sub\":\"svc-billing\"}", 15)}", TestKeys.JwtOf("{\"foo\":\"bar\",\"sub\":\"svc-billing\"}", 15))
        .Ignores("jwt", "Supabase's anon key, public in every client", $"createClient(url, '{SupabaseKey("anon", 9)}')")
        .Ignores("http-authorization-credential", "an expired token in an Authorization header", $"curl -H \"Authorization: Bearer {TestKeys.Jwt(5, "\"iat\":1514303390, \"exp\" : 1514476190")}\" https://api.example.test/me")
        .Ignores("http-authorization-credential", "jwt.io's example in an Authorization header", $"headers: {{ Authorization: `Bearer {TestKeys.JwtOf("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"admin\":true,\"iat\":1516239022}", 7)}` }}")
        .Ignores("http-api-key-header", "an expired token in an API key header", $"-H 'X-Auth-Token: {TestKeys.Jwt(6, "\"exp\":\"1514476190\",\"iat\":\"1514303390\"")}'")
        .Ignores("generic-secret", "an expired token under a token's name", $"access_token = \"{TestKeys.Jwt(5, "\"iat\":1514303390, \"exp\" : 1514476190")}\"")
        .FindsIn("jwt", "Supabase's service_role key", $"SUPABASE_SERVICE_ROLE_KEY={SupabaseKey("service_role", 10)}", SupabaseKey("service_role", 10))
        .FindsIn("jwt", "a role that starts like anon", $"value: {SupabaseKey("anonymous_admin", 11)}", SupabaseKey("anonymous_admin", 11))
        .FindsIn("jwt", "the example's subject with other claims", $"value: {TestKeys.JwtOf("{\"sub\":\"1234567890\",\"name\":\"Ops Robot\"}", 8)}", TestKeys.JwtOf("{\"sub\":\"1234567890\",\"name\":\"Ops Robot\"}", 8));

    private static string SupabaseKey(string role, int seed) =>
        TestKeys.JwtOf($"{{\"iss\":\"supabase\",\"ref\":\"abcdefghijklmnopqrst\",\"role\" : \"{role}\",\"iat\":1700000000,\"exp\":4102444800}}", seed);
}
