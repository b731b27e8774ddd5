namespace LeakGuard.CodeFixes;

/// <summary>The two ways out of the source; each is one code action with one equivalence key.</summary>
internal enum SecretFixStrategy
{
    /// <summary>Code reads the environment variable; a comment loses the key. Needs nothing in scope, so it always applies.</summary>
    EnvironmentVariable,

    /// <summary>Code reads an <c>IConfiguration</c> already in scope.</summary>
    Configuration,
}
