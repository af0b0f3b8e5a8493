# Build first: ./mvnw -B package -DskipTests
FROM eclipse-temurin:17-jre
ENV TZ=Europe/Oslo JAVA_TOOL_OPTIONS="-Duser.timezone=Europe/Oslo"
COPY target/smertereg-*.jar /app/smertereg.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/smertereg.jar"]
