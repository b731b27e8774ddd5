#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

// Lets netstandard2.0 code use init-only properties.
internal static class IsExternalInit
{
}
#endif
