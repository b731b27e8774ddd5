using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LeakGuard.CodeFixes;

/// <summary>Finds an <c>IConfiguration</c> that code at a position can read without a compile error.</summary>
internal static class ConfigurationFinder
{
    private const string ConfigurationTypeName = "Microsoft.Extensions.Configuration.IConfiguration";

    /// <param name="valueHolder">The member that will hold the value, when the expression becomes a field initializer.</param>
    public static ISymbol? Find(SemanticModel model, ExpressionSyntax expression, ISymbol? valueHolder, CancellationToken cancellationToken)
    {
        var configurationType = model.Compilation.GetTypeByMetadataName(ConfigurationTypeName);
        if (configurationType is null)
        {
            return null;
        }

        var position = expression.SpanStart;
        var enclosing = valueHolder ?? model.GetEnclosingSymbol(position, cancellationToken);
        var reachable = ReachableFunctions(enclosing);
        var instanceAllowed = CanUseInstanceMembers(enclosing, reachable, expression);
        return model.LookupSymbols(position)
            .Where(symbol => IsConfiguration(TypeOf(symbol), configurationType))
            .Where(symbol => IsUsable(symbol, position, reachable, instanceAllowed, enclosing))
            .OrderBy(Rank)
            .ThenBy(symbol => symbol.Name, System.StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol { IsIndexer: false } property => property.Type,
        _ => null,
    };

    private static bool IsConfiguration(ITypeSymbol? type, INamedTypeSymbol configurationType) =>
        type is not null &&
        type.NullableAnnotation != NullableAnnotation.Annotated &&
        (SymbolEqualityComparer.Default.Equals(type, configurationType) ||
         type.AllInterfaces.Contains(configurationType, SymbolEqualityComparer.Default));

    private static bool IsUsable(ISymbol symbol, int position, List<ISymbol> reachable, bool instanceAllowed, ISymbol? enclosing) => symbol switch
    {
        ILocalSymbol local => reachable.Contains(local.ContainingSymbol, SymbolEqualityComparer.Default) && DeclaredBefore(local, position),
        IParameterSymbol parameter when IsPrimaryConstructorParameter(parameter) =>
            IsInstanceContextOf(enclosing, parameter.ContainingType) || (instanceAllowed && IsOwnMember(parameter.ContainingType, enclosing)),
        IParameterSymbol parameter => reachable.Contains(parameter.ContainingSymbol, SymbolEqualityComparer.Default),
        IPropertySymbol { GetMethod: null } => false,
        _ => symbol.IsStatic || (instanceAllowed && IsOwnMember(symbol.ContainingType, enclosing)),
    };

    /// <summary>An instance member of an outer type is in scope in a nested type but has no instance there.</summary>
    private static bool IsOwnMember(INamedTypeSymbol owner, ISymbol? enclosing)
    {
        for (var type = enclosing?.ContainingType; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, owner.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Functions whose locals and parameters the position can capture: a static lambda or local function is a wall.</summary>
    private static List<ISymbol> ReachableFunctions(ISymbol? enclosing)
    {
        var functions = new List<ISymbol>();
        for (var current = enclosing; current is IMethodSymbol method; current = method.ContainingSymbol)
        {
            functions.Add(method);
            if (method.IsStatic || method.MethodKind is not (MethodKind.AnonymousFunction or MethodKind.LocalFunction))
            {
                break;
            }
        }

        return functions;
    }

    private static bool CanUseInstanceMembers(ISymbol? enclosing, List<ISymbol> reachable, SyntaxNode expression) =>
        reachable.Count > 0 &&
        reachable[reachable.Count - 1] is IMethodSymbol { IsStatic: false, MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LocalFunction) } &&
        enclosing is not null &&
        !expression.Ancestors().OfType<ConstructorInitializerSyntax>().Any();

    /// <summary>Instance field and property initializers may read primary constructor parameters, though not instance members.</summary>
    private static bool IsInstanceContextOf(ISymbol? enclosing, INamedTypeSymbol type) =>
        enclosing is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false } &&
        SymbolEqualityComparer.Default.Equals(enclosing.ContainingType, type);

    private static bool IsPrimaryConstructorParameter(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor &&
        constructor.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() is TypeDeclarationSyntax);

    private static bool DeclaredBefore(ILocalSymbol local, int position) =>
        local.DeclaringSyntaxReferences.All(reference => reference.Span.End < position);

    private static int Rank(ISymbol symbol) => symbol switch
    {
        ILocalSymbol => 0,
        IParameterSymbol => 1,
        IFieldSymbol => 2,
        _ => 3,
    };
}
