# syntax=docker/dockerfile:1
# PayGov gateway image.
#   docker build -t paygov-gateway .
#   docker run -p 8080:8080 -v paygov-data:/app/data paygov-gateway        (embedded default: SQLite)
#   compose.yaml runs two replicas on PostgreSQL + Redis behind nginx.
# The same binary runs operator commands: `docker run --rm paygov-gateway migrate`,
# `docker run --rm -e ConnectionStrings__Postgres=... paygov-gateway portals create --name "..." --id ...`.

ARG DOTNET_VERSION=10.0

# ---- build ------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
WORKDIR /src

# Restore first, from the files that decide the package graph only, so code edits reuse the restore layer.
# Every project the gateway may reference is copied (Gateway -> Providers, Reconciliation per DESIGN §2);
# a new project under the solution needs its own line here.
COPY Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig PayGov.sln ./
COPY Gateway/PayGov.Gateway.csproj Gateway/
COPY Providers/PayGov.Providers.csproj Providers/
COPY Providers.Sandbox/PayGov.Providers.Sandbox.csproj Providers.Sandbox/
COPY Reconciliation/PayGov.Reconciliation.csproj Reconciliation/
COPY Client/PayGov.Client.csproj Client/
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet restore Gateway/PayGov.Gateway.csproj

COPY Gateway/ Gateway/
COPY Providers/ Providers/
COPY Providers.Sandbox/ Providers.Sandbox/
COPY Reconciliation/ Reconciliation/
COPY Client/ Client/
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish Gateway/PayGov.Gateway.csproj -c Release -o /app --no-restore -p:UseAppHost=false

# ---- runtime ----------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
WORKDIR /app
# The SQLite file of the embedded default lives in /app/data (Storage__SqlitePath); mount a volume there when
# running standalone. With ConnectionStrings__Postgres set nothing is written to the container's disk.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME ["/app/data"]
COPY --from=build /app ./

# The gateway listens on http://localhost:5080 only when no address is configured (the newcomer's run command);
# in a container it must listen on every interface.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Storage__SqlitePath=/app/data/paygov.db
# The aspnet image's non-root "app" user (uid 1654).
USER $APP_UID
EXPOSE 8080

# No HEALTHCHECK: the aspnet image carries neither curl nor wget, and adding them only for this widens the
# image. The orchestrator probes instead: GET /healthz (liveness: the process answers) and GET /readyz
# (readiness: database and Redis reachable). Kubernetes uses httpGet probes on them; compose.yaml asks /readyz
# with bash's /dev/tcp (bash, head and grep are in the default Debian/Ubuntu-based aspnet image, not in the
# chiseled variants) and starts the load balancer only once both replicas answer 200.
ENTRYPOINT ["dotnet", "PayGov.Gateway.dll"]
