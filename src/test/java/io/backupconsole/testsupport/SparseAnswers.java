package io.backupconsole.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class against a sandbox that answers like an endpoint implementing less than AWS
 * ({@code sparseResponses}: each item keeps its identifier and the members the model marks required). Put it on a
 * subclass of a test class to run the inherited tests a second time that way; {@link SandboxFixture} reads it
 * before each test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface SparseAnswers {}
