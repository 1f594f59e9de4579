/**
 * The ITPP Workbench domain: entities, value objects and the rules they keep, with no
 * container needed. One sub-package per aggregate; the exceptions shared by all of them
 * ({@link md.itpp.domain.BusinessException} and its generic subclasses) live here.
 */
package md.itpp.domain;
